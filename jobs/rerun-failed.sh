#!/usr/bin/env bash
# Resumes the most recent failed or interrupted run where it stopped (or the one given:
# jobs/rerun-failed.sh --precis.execution-id=ID). Exit codes as in jobs/precis.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/precis.sh" --precis.command=restart "$@"
