#!/usr/bin/env bash
# Prints recent runs from the job database: execution id, run, start, status, duration, file counts.
exec "$(dirname "${BASH_SOURCE[0]}")/precis.sh" --precis.command=status "$@"
