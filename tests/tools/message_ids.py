#!/usr/bin/python3
"""Prints the Message-ID of every message in a Maildir (new/ and cur/), one a
line, read with Python's own email package: the durability tests count
deliveries with it."""
import email
import email.policy
import os
import sys

for folder in ("new", "cur"):
    path = os.path.join(sys.argv[1], folder)
    if not os.path.isdir(path):
        continue
    for name in sorted(os.listdir(path)):
        with open(os.path.join(path, name), "rb") as handle:
            message = email.message_from_binary_file(handle, policy=email.policy.default)
        print(str(message["Message-ID"]).strip("<>"))
