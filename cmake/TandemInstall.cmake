# Install rules and the two ways a consumer finds an installed Tandem: a CMake
# package (find_package(tandem) -> tandem::tandem, tandem::c, tandem::c_static)
# and a pkg-config file for the C API (tandem.pc). docs/packaging.md describes
# the installed tree. Include it from the top-level CMakeLists.txt after src/ and
# capi/ have defined the targets.
#
# tandem_objects needs no install or export rule: the libraries take its objects
# through $<TARGET_OBJECTS:...> as sources instead of linking it, so it never
# appears in any exported link interface.

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# Off when Tandem is add_subdirectory()'d, so a host's `make install` does not
# pick up our files unless it asks for them (fmt's FMT_INSTALL, GSL's GSL_INSTALL).
option(TANDEM_INSTALL "Generate the install rules and packages" ${TANDEM_TOP_LEVEL})
if(NOT TANDEM_INSTALL)
  return()
endif()

set(TANDEM_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/tandem"
    CACHE STRING "Where tandemConfig.cmake goes, relative to the prefix")
set(TANDEM_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
    CACHE STRING "Where tandem.pc goes, relative to the prefix")

# --------------------------------------------------------------- libraries

# Components let a distribution split the runtime (libtandem.so.0*) from the
# development files (headers, archives, the libtandem.so link, the packages).
#
# The C++ library: its headers are its FILE_SET. INCLUDES also records the include
# directory as a plain usage requirement, for consumers whose CMake (< 3.23) does
# not read the exported FILE_SET.
install(TARGETS tandem_core
  EXPORT tandemTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT tandem_development
  FILE_SET HEADERS DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" COMPONENT tandem_development
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")

# The C libraries (their include directory is already in capi/'s usage requirements).
install(TARGETS tandem_c tandem_c_static
  EXPORT tandemTargets
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT tandem_runtime
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT tandem_runtime
    NAMELINK_COMPONENT tandem_development
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT tandem_development)

# The C header sits at the top of the include directory (#include <tandem.h>),
# beside the C++ headers' tandem/ folder.
install(FILES "${PROJECT_SOURCE_DIR}/capi/tandem.h"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" COMPONENT tandem_development)

# libtandem.a holds C++ code: a program linked by the C driver also needs the C++
# runtime, i.e. what the C++ compiler links beyond what the C compiler does
# (-lstdc++ -lm with GCC and libstdc++). Used by tandem.pc's Libs.private and by
# tandem::c_static in a C-only CMake project.
set(TANDEM_CXX_RUNTIME_LIBS "")
foreach(lib IN LISTS CMAKE_CXX_IMPLICIT_LINK_LIBRARIES)
  if(NOT lib IN_LIST CMAKE_C_IMPLICIT_LINK_LIBRARIES AND NOT lib MATCHES "^-"
     AND NOT lib IN_LIST TANDEM_CXX_RUNTIME_LIBS)
    list(APPEND TANDEM_CXX_RUNTIME_LIBS "${lib}")
  endif()
endforeach()
if(NOT TANDEM_CXX_RUNTIME_LIBS)
  set(TANDEM_CXX_RUNTIME_LIBS stdc++ m)
endif()
set(TANDEM_CXX_RUNTIME_LINK_FLAGS "")
set(TANDEM_C_LINKED_RUNTIME "")
foreach(lib IN LISTS TANDEM_CXX_RUNTIME_LIBS)
  list(APPEND TANDEM_CXX_RUNTIME_LINK_FLAGS "-l${lib}")
  # One generator expression per library: a ';' inside one would split it.
  list(APPEND TANDEM_C_LINKED_RUNTIME "$<$<LINK_LANGUAGE:C>:${lib}>")
endforeach()

# ------------------------------------------------------------ CMake package

# What tandem::tandem's interface needs; keep in step with the top-level
# find_package() calls.
set(TANDEM_BOOST_MIN_VERSION 1.74)
set(TANDEM_GSL_MIN_VERSION 4)

install(EXPORT tandemTargets
  NAMESPACE tandem::
  FILE tandemTargets.cmake
  DESTINATION "${TANDEM_INSTALL_CMAKEDIR}"
  COMPONENT tandem_development)

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/tandemConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/tandemConfig.cmake"
  INSTALL_DESTINATION "${TANDEM_INSTALL_CMAKEDIR}")

# Within one major version only additions are made (docs/c-api.md), so any
# 0.x satisfies a request for 0.1, and 1.0 does not.
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/tandemConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY SameMajorVersion)

install(FILES
    "${PROJECT_BINARY_DIR}/tandemConfig.cmake"
    "${PROJECT_BINARY_DIR}/tandemConfigVersion.cmake"
  DESTINATION "${TANDEM_INSTALL_CMAKEDIR}"
  COMPONENT tandem_development)

# ------------------------------------------------------------- pkg-config

# The prefix is found from the .pc file's own location, so the tree stays correct
# whatever `cmake --install --prefix` or DESTDIR puts it under.
function(tandem_pc_path out dir)
  if(IS_ABSOLUTE "${dir}")
    set(${out} "${dir}" PARENT_SCOPE)
  else()
    set(${out} "\${prefix}/${dir}" PARENT_SCOPE)
  endif()
endfunction()

if(IS_ABSOLUTE "${TANDEM_INSTALL_PKGCONFIGDIR}")
  set(TANDEM_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  # lib/pkgconfig -> ../.. ; lib/x86_64-linux-gnu/pkgconfig -> ../../..
  string(REGEX REPLACE "[^/]+" ".." TANDEM_PC_UP "${TANDEM_INSTALL_PKGCONFIGDIR}")
  set(TANDEM_PC_PREFIX "\${pcfiledir}/${TANDEM_PC_UP}")
endif()
tandem_pc_path(TANDEM_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
tandem_pc_path(TANDEM_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")

string(JOIN " " TANDEM_PC_LIBS_PRIVATE ${TANDEM_CXX_RUNTIME_LINK_FLAGS})
configure_file("${PROJECT_SOURCE_DIR}/cmake/tandem.pc.in" "${PROJECT_BINARY_DIR}/tandem.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/tandem.pc"
  DESTINATION "${TANDEM_INSTALL_PKGCONFIGDIR}" COMPONENT tandem_development)
