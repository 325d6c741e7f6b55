#!/usr/bin/env bash
# Installs a built Tandem into a temporary prefix and builds and runs the consumer
# projects against it, the way a host would find Tandem:
#   1. the installed tree: headers, libraries with their SOVERSION links, packages;
#      no path into the source or build tree in any installed file;
#   2. with find_package(tandem): cxx_consumer (a C and C++ project) links
#      tandem::tandem, tandem::c and tandem::c_static; c_consumer (a C-only project,
#      linked by the C driver) links tandem::c and tandem::c_static;
#   3. c_consumer/main.c with `cc $(pkg-config --cflags --libs tandem)`, run with
#      LD_LIBRARY_PATH, and again linked statically with `pkg-config --static`.
# The prefix is installed, then moved, before anything uses it: both packages must
# be relocatable. Compilers and flags (sanitizers included) come from the build's
# CMakeCache.txt. No network. Everything temporary is removed on exit.
#
# Usage: run_consumers.sh BUILD_DIR        (exit 0 pass, 1 fail, 77 skipped)
# Environment: TANDEM_CMAKE (default cmake), PKG_CONFIG (default pkg-config).
set -euo pipefail

if [[ $# -ne 1 || ! -f "$1/CMakeCache.txt" ]]; then
  echo "usage: $0 BUILD_DIR   (a configured and built Tandem build directory)" >&2
  exit 1
fi
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cmake=${TANDEM_CMAKE:-cmake}
pkg_config=${PKG_CONFIG:-pkg-config}

cache() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt" | head -n 1; }
source_dir=$(cache CMAKE_HOME_DIRECTORY)
cc=$(cache CMAKE_C_COMPILER)
cxx=$(cache CMAKE_CXX_COMPILER)
build_type=$(cache CMAKE_BUILD_TYPE)
c_flags=$(cache CMAKE_C_FLAGS)
cxx_flags=$(cache CMAKE_CXX_FLAGS)
exe_linker_flags=$(cache CMAKE_EXE_LINKER_FLAGS)
read -r -a c_flag_words <<<"$c_flags"
read -r -a exe_linker_flag_words <<<"$exe_linker_flags"

work=$(mktemp -d "${TMPDIR:-/tmp}/tandem-consumers.XXXXXX")
trap 'rm -rf "$work"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
# Runs a command quietly, showing its output only if it fails.
quietly() {
  local log="$work/last.log"
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    fail "$*"
  fi
}

# ------------------------------------------------------------ 1. installing
step "install $build"
quietly "$cmake" --install "$build" --prefix "$work/staging"
mv "$work/staging" "$work/prefix"
prefix=$work/prefix
(cd "$prefix" && find . \( -type f -o -type l \) ! -path './include/tandem/*' | sort | sed 's|^\./|  |')
echo "  include/tandem/: $(find "$prefix/include/tandem" -name '*.hpp' | wc -l) C++ headers"

pc_file=$(find "$prefix" -name tandem.pc -path '*/pkgconfig/*' | head -n 1)
[[ -n "$pc_file" ]] || fail "no pkgconfig/tandem.pc installed"
PKG_CONFIG_PATH="$(dirname "$pc_file")${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
export PKG_CONFIG_PATH

have_pkg_config=yes
command -v "$pkg_config" >/dev/null 2>&1 || have_pkg_config=no

libdir=$(dirname "$(find "$prefix" -name 'libtandem.so' | head -n 1)")
[[ "$libdir" != . ]] || fail "no libtandem.so installed"
version=$(sed -n 's/^Version: *//p' "$pc_file")
major=${version%%.*}
for file in libtandem.so "libtandem.so.$major" "libtandem.so.$version" libtandem.a \
            libtandem_cpp.a cmake/tandem/tandemConfig.cmake \
            cmake/tandem/tandemConfigVersion.cmake cmake/tandem/tandemTargets.cmake; do
  [[ -e "$libdir/$file" ]] || fail "missing $libdir/$file"
done
[[ -f "$prefix/include/tandem.h" ]] || fail "missing include/tandem.h"
[[ -f "$prefix/include/tandem/alloc/apportion.hpp" ]] || fail "missing the C++ headers"
[[ "$(readlink "$libdir/libtandem.so")" == "libtandem.so.$major" ]] || fail "libtandem.so does not link to libtandem.so.$major"
[[ "$(readlink "$libdir/libtandem.so.$major")" == "libtandem.so.$version" ]] || fail "libtandem.so.$major does not link to libtandem.so.$version"
soname=$(readelf -d "$libdir/libtandem.so.$version" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[[ "$soname" == "libtandem.so.$major" ]] || fail "SONAME is '$soname', expected libtandem.so.$major"
echo "  libtandem.so -> libtandem.so.$major -> libtandem.so.$version, SONAME $soname"
if grep -rIlF -e "$source_dir" -e "$build" "$prefix" >"$work/leaks.txt"; then
  cat "$work/leaks.txt" >&2
  fail "installed files name the source or build tree"
fi
echo "  no installed file names the source or build tree"

# ------------------------------------------------- 2. CMake: find_package(tandem)
# Configures and builds consumer project $1 against the prefix.
build_cmake_consumer() {
  local name=$1
  quietly "$cmake" -S "$here/$name" -B "$work/$name" \
    -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_BUILD_TYPE="$build_type" \
    -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_C_FLAGS="$c_flags" -DCMAKE_CXX_FLAGS="$cxx_flags" \
    -DCMAKE_EXE_LINKER_FLAGS="$exe_linker_flags"
  local found
  found=$(sed -n 's/^tandem_DIR:[A-Z]*=//p' "$work/$name/CMakeCache.txt")
  [[ "$found" == "$prefix"/* ]] || fail "find_package(tandem) found '$found', not the test prefix"
  echo "  tandem_DIR=$found"
  quietly "$cmake" --build "$work/$name" --parallel 2
}
# Fails if executable $1 loads libtandem.so: it was meant to be linked statically.
expect_static() {
  if readelf -d "$1" | grep -q 'NEEDED.*libtandem'; then
    fail "$(basename "$1") needs libtandem.so although it links the static library"
  fi
}

step "cxx_consumer (C and C++ project): find_package(tandem), CMAKE_PREFIX_PATH=$prefix"
build_cmake_consumer cxx_consumer
echo "  -- cxx_consumer (tandem::tandem):"
"$work/cxx_consumer/cxx_consumer"
echo "  -- c_api_c (tandem::c):"
"$work/cxx_consumer/c_api_c"
echo "  -- c_api_c_static (tandem::c_static, linked by the C++ driver):"
"$work/cxx_consumer/c_api_c_static"
expect_static "$work/cxx_consumer/c_api_c_static"

step "c_consumer (C-only project): find_package(tandem)"
build_cmake_consumer c_consumer
echo "  -- c_consumer_c (tandem::c):"
"$work/c_consumer/c_consumer_c"
echo "  -- c_consumer_c_static (tandem::c_static, linked by the C driver):"
"$work/c_consumer/c_consumer_c_static"
expect_static "$work/c_consumer/c_consumer_c_static"

# ---------------------------------------------------------- 3. pkg-config
if [[ $have_pkg_config == no ]]; then
  echo "SKIP: $pkg_config not found; the pkg-config consumer was not built" >&2
  exit 77
fi
step "c_consumer: cc \$(pkg-config --cflags --libs tandem)"
cflags=$("$pkg_config" --cflags tandem)
libs=$("$pkg_config" --libs tandem)
static_libs=$("$pkg_config" --static --libs tandem)
echo "  pkg-config --modversion: $("$pkg_config" --modversion tandem)"
echo "  --cflags: $cflags"
echo "  --libs: $libs"
echo "  --static --libs: $static_libs"
# shellcheck disable=SC2086  # the flags are meant to split into words
quietly "$cc" "${c_flag_words[@]}" -std=c99 -Wall -Wextra -pedantic -Werror \
  "$here/c_consumer/main.c" -o "$work/c_consumer_pc" $cflags $libs "${exe_linker_flag_words[@]}"
readelf -d "$work/c_consumer_pc" | grep -q "NEEDED.*libtandem.so.$major" \
  || fail "c_consumer_pc does not need libtandem.so.$major"
LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$work/c_consumer_pc"

step "c_consumer, static: libtandem.a with pkg-config --static"
# -l:libtandem.a picks the archive although libtandem.so sits beside it.
read -r -a static_lib_words <<<"$static_libs"
for i in "${!static_lib_words[@]}"; do
  if [[ "${static_lib_words[$i]}" == -ltandem ]]; then static_lib_words[i]=-l:libtandem.a; fi
done
# shellcheck disable=SC2086
quietly "$cc" "${c_flag_words[@]}" -std=c99 -Wall -Wextra -pedantic -Werror -DTANDEM_STATIC \
  "$here/c_consumer/main.c" -o "$work/c_consumer_pc_static" $cflags "${static_lib_words[@]}" \
  "${exe_linker_flag_words[@]}"
expect_static "$work/c_consumer_pc_static"
"$work/c_consumer_pc_static"

step "all consumers passed"
