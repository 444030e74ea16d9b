#!/usr/bin/env bash
# Cron entry point: tonight's run over input/ (see jobs/crontab.example and README "Running it nightly").
# Each night is its own run (identified by the date); a second call the same night after a completed
# run does nothing; after a failed one it resumes it. Exit codes as in jobs/precis.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/precis.sh" --precis.command=run "$@"
