"""Reads an email file with Python's own email package, an independent
parser, and prints what the tests check: the recipient, the subject, whether
the message is well formed, and its plain-text body."""
import email
import email.policy
import sys

with open(sys.argv[1], "rb") as handle:
    message = email.message_from_binary_file(handle, policy=email.policy.strict)
print("to:", message["To"].addresses[0].addr_spec)
print("subject:", str(message["Subject"]))
print("date-ok:", message["Date"].datetime is not None)
print("defects:", len(message.defects))
print(message.get_body(preferencelist=("plain",)).get_content(), end="")
