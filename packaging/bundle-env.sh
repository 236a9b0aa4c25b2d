#!/bin/sh
# The Python environment the bundle is built from: the project and PyInstaller, with NumPy
# built here from its source release without a BLAS library and without extra CPU-specific
# code paths. NumPy's wheels on PyPI carry OpenBLAS (28 MB, with its Fortran run-time), which
# serves matrix products and LAPACK at speed; Margin's ranking counts and sums over sparse
# triplets, and LSA's small SVD runs as fast on NumPy's own LAPACK. The CPU-specific paths
# (AVX2, AVX-512, ...: 5 MB) speed up long arrays Margin never has. packaging/check-bundle.sh
# compares the bundle's output with the project's own environment (.venv, PyPI's NumPy).
#
#   sh packaging/bundle-env.sh VENV    make VENV (build/bundle-venv) ready for PyInstaller
#
# The built wheel is kept in build/wheels, so the build (about 4 minutes on two cores) runs
# once per NumPy version. It needs a C and C++ compiler (Debian/Ubuntu: build-essential) and
# Python's headers (python3-dev); without them the bundle keeps PyPI's NumPy and says so, and
# is 35 MB larger.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
VENV=${1:-build/bundle-venv}
BASE=${BASE_PYTHON:-.venv/bin/python}
WHEELS=build/wheels
quiet="--quiet --disable-pip-version-check"

[ -x "$VENV/bin/python" ] || "$BASE" -m venv "$VENV"
PY="$VENV/bin/python"
$PY -m pip install $quiet -e '.[bundle]'

lean() { $PY -c 'import sys, numpy
deps = numpy.show_config(mode="dicts")["Build Dependencies"]
sys.exit(0 if deps["blas"]["name"] == "none" else 1)' 2>/dev/null; }
# packaging/check-bundle.sh reads this to say why the bundle is over its size limit
FALLBACK="$VENV/.numpy-from-pypi"
kept_pypi() { touch "$FALLBACK"; exit 0; }
lean && { rm -f "$FALLBACK"; exit 0; }

version=$($PY -c 'import numpy; print(numpy.__version__)')
tag=$($PY -c 'import sys; print("cp%d%d" % sys.version_info[:2])')
wheel=$(ls "$WHEELS"/numpy-"$version"-"$tag"-"$tag"-*.whl 2>/dev/null | head -n 1 || true)
if [ -z "$wheel" ]; then
    headers=$($PY -c 'import os, sysconfig
print(os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))')
    if ! command -v cc >/dev/null 2>&1 || ! command -v c++ >/dev/null 2>&1 ||
            [ "$headers" != True ]; then
        echo "bundle-env: no C/C++ compiler or no Python headers here (Debian/Ubuntu:" \
             "sudo apt-get install build-essential python3-dev), so the bundle keeps" \
             "PyPI's NumPy with OpenBLAS (35 MB more)"
        kept_pypi
    fi
    echo "bundle-env: building NumPy $version without OpenBLAS (once; kept in $WHEELS)"
    log=$(mktemp)
    if ! $PY -m pip wheel $quiet --no-deps --no-binary numpy "numpy==$version" -w "$WHEELS" \
            -Csetup-args=-Dblas=none -Csetup-args=-Dlapack=none \
            -Csetup-args=-Dallow-noblas=true -Csetup-args=-Dcpu-dispatch=none \
            -Csetup-args=-Ddisable-svml=true -Csetup-args=-Ddisable-highway=true \
            -Csetup-args=-Ddisable-intel-sort=true >"$log" 2>&1; then
        tail -n 20 "$log"
        rm -f "$log"
        echo "bundle-env: NumPy could not be built here; the bundle keeps PyPI's NumPy"
        kept_pypi
    fi
    rm -f "$log"
    wheel=$(ls "$WHEELS"/numpy-"$version"-"$tag"-"$tag"-*.whl | head -n 1)
fi
$PY -m pip install $quiet --no-deps --force-reinstall "$wheel"
lean || { echo "bundle-env: $wheel still links a BLAS library"; exit 1; }
rm -f "$FALLBACK"
