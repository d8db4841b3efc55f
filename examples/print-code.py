#!/usr/bin/python3
#
# Print the patient notice for a verification result, from Python, through
# CUPS (pycups: Debian package python3-cups).
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: print-code.py QUEUE CODE      e.g. print-code.py onshi-notice invalid
#

"""Send a status code to the onshi-notice queue."""

import sys

import cups


def print_code(queue, code):
    """Send CODE to QUEUE as a plain-text job; return the job ID."""
    data = code.encode("utf-8")
    connection = cups.Connection()
    job_id = connection.createJob(queue, "patient notice", {})
    connection.startDocument(queue, job_id, "code", cups.CUPS_FORMAT_TEXT, 1)
    connection.writeRequestData(data, len(data))
    connection.finishDocument(queue)
    return job_id


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("Usage: print-code.py QUEUE CODE")
    print(f"{sys.argv[1]}-{print_code(sys.argv[1], sys.argv[2])}")
