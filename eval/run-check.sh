#!/usr/bin/env bash
# The check set (see run-set.sh).
exec "$(dirname "$0")/run-set.sh" check "$@"
