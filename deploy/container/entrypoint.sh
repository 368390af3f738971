#!/bin/sh
# Files and folders perfplan writes are its owner's only, whatever the runtime's umask.
umask 077
exec /usr/local/bin/perfplan "$@"
