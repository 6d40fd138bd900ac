#!/usr/bin/env bash
# Makes the .docx fixtures with a real word processor (LibreOffice from Debian:
# apt-get install libreoffice-writer-nogui). Run once; the files it writes are committed, so
# CI needs no LibreOffice.
set -euo pipefail
cd "$(dirname "$0")"
export HOME="${TMPDIR:-/tmp}/board-docx-fixtures-home"
mkdir -p "$HOME"
python3 make.py
ls -l ./*.docx ./*.txt
