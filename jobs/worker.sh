#!/usr/bin/env bash
# Scale-out, a worker (README "Scale-out"): takes partitions of the manager's runs from the broker and
# summarizes them, precis.threads at a time, until it is stopped; it idles between nights and waits
# for the broker when it is down. Start one per machine (or several, each with its PRECIS_WORKER_ID)
# with the manager's settings: the same $PRECIS_HOME/config/application.properties (job database,
# broker, precis.* summary settings) and the input and output folders mounted at the same paths.
# Stop it with SIGTERM to the java process (systemd does: jobs/precis-worker.service.example):
# running partitions stop after their current chunk and the manager's run then fails; resume it with
# jobs/manager.sh. A worker killed outright is noticed by the manager (precis.scale-out.worker-timeout).
#
# Environment, besides jobs/precis.sh's: PRECIS_WORKER_ID (default 1) names its lock file and log folder.
home=${PRECIS_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
id=${PRECIS_WORKER_ID:-1}
export PRECIS_LOCK=${PRECIS_LOCK:-$home/jobs/worker-$id.lock}
export PRECIS_LOG_DIR=${PRECIS_LOG_DIR:-$home/jobs/logs/worker-$id}
# A worker lives for many nights: the JIT options of a large folder, whatever input/ holds here.
export PRECIS_SMALL_RUN_FILES=${PRECIS_SMALL_RUN_FILES:-0}
exec "$(dirname "${BASH_SOURCE[0]}")/precis.sh" --precis.role=worker "$@"
