#!/usr/bin/env bash
# Scale-out, the manager (README "Scale-out"): tonight's run over input/, like nightly.sh, with the
# summarize step's partitions sent to the workers (jobs/worker.sh on each machine) through the broker.
# The shared job database (PostgreSQL) and the broker come from $PRECIS_HOME/config/application.properties
# (see jobs/scale-out.example.properties) or the environment (SPRING_DATASOURCE_URL, ...).
# A second call the same night after a completed run does nothing; after a failed one (a worker died)
# it resumes it, rerunning only the unfinished partitions. Resume a given execution with
#   jobs/rerun-failed.sh --precis.role=manager [--precis.execution-id=ID]
# Exit codes as in jobs/precis.sh; 75 also when another manager, on any machine, holds the job
# database's lock.
exec "$(dirname "${BASH_SOURCE[0]}")/precis.sh" --precis.role=manager --precis.command=run "$@"
