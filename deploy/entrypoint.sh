#!/bin/sh
# Container entrypoint for Elara images:
#   entrypoint.sh silo      a cluster silo (Elara.Silo.dll)
#   entrypoint.sh migrate   apply the SQL migrations to ConnectionStrings__Elara and exit (a one-shot job)
#   entrypoint.sh api       the API (Elara.Api.dll)
# Any further arguments go to the process. The process is exec'd so that it is PID 1 and receives SIGTERM: a silo
# then announces that it leaves, writes its grains' state and leaves the membership table before it exits.
set -eu

role="${1:-silo}"
[ "$#" -gt 0 ] && shift

case "$role" in
    silo)
        # Others must reach this silo at an address that routes to it: the pod/container IP unless told otherwise.
        if [ -z "${ELARA_ADVERTISED_HOST:-}" ]; then
            ELARA_ADVERTISED_HOST="${POD_IP:-$(hostname -i 2>/dev/null | awk '{print $1}')}"
            export ELARA_ADVERTISED_HOST
        fi
        export ELARA_SILO_NAME="${ELARA_SILO_NAME:-$(hostname)}"
        exec dotnet /app/Elara.Silo.dll "$@"
        ;;
    migrate)
        exec dotnet /app/Elara.Silo.dll migrate "$@"
        ;;
    api)
        exec dotnet /app/Elara.Api.dll "$@"
        ;;
    *)
        echo "entrypoint.sh: unknown role '$role' (silo, migrate, api)" >&2
        exit 2
        ;;
esac
