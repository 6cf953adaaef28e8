#!/usr/bin/python3
"""Reads a delivered email with Python's own email package (an independent
parser) and prints, as JSON, what the notification tests check: the
headers, the plain text and HTML, and every calendar attachment as the
icalendar library reads it."""
import email
import email.policy
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from read_ics import describe  # noqa: E402


def main(path):
    with open(path, "rb") as handle:
        message = email.message_from_binary_file(handle, policy=email.policy.strict)
    calendars = []
    for part in message.iter_attachments():
        if part.get_content_type() == "text/calendar":
            calendars.append(describe(part.get_payload(decode=True)))
    html = message.get_body(preferencelist=("html",))
    print(json.dumps({
        "to": message["To"].addresses[0].addr_spec,
        "subject": str(message["Subject"]),
        "message_id": str(message["Message-ID"]),
        "list_unsubscribe": str(message["List-Unsubscribe"] or ""),
        "list_unsubscribe_post": str(message["List-Unsubscribe-Post"] or ""),
        "content_type": message.get_content_type(),
        "defects": len(message.defects),
        "text": message.get_body(preferencelist=("plain",)).get_content(),
        "html": html.get_content() if html else "",
        "calendars": calendars,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
