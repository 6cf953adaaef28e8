#!/usr/bin/python3
"""Reads an iCalendar file with the icalendar library (Debian's python3-icalendar),
an implementation independent of libical, and prints its first event as JSON.
Exits non-zero when the file does not parse."""
import json
import sys

import icalendar


def describe(data):
    """The first event of a calendar (bytes), as a dict."""
    calendar = icalendar.Calendar.from_ical(data)
    events = [component for component in calendar.walk() if component.name == "VEVENT"]
    zones = [str(component.get("TZID")) for component in calendar.walk() if component.name == "VTIMEZONE"]
    event = events[0]
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    return {
        "events": len(events),
        "version": str(calendar.get("VERSION")),
        "method": str(calendar.get("METHOD")) if calendar.get("METHOD") else None,
        "timezones": zones,
        "uid": str(event.get("UID")),
        "sequence": int(event.get("SEQUENCE", 0)),
        "status": str(event.get("STATUS")),
        "summary": str(event.get("SUMMARY")),
        "description": str(event.get("DESCRIPTION")),
        "location": str(event.get("LOCATION")) if event.get("LOCATION") else None,
        "url": str(event.get("URL")) if event.get("URL") else None,
        "start_tzid": str(event["DTSTART"].params.get("TZID")) if event["DTSTART"].params.get("TZID") else None,
        "start_utc": start.astimezone(__import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end_utc": end.astimezone(__import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def main(path):
    with open(path, "rb") as handle:
        print(json.dumps(describe(handle.read())))


if __name__ == "__main__":
    main(sys.argv[1])
