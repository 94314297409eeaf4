#!/usr/bin/env bash
# The dev set (see run-set.sh).
exec "$(dirname "$0")/run-set.sh" dev "$@"
