# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
#
# Third-party dependencies, found the standard way. Package names for Debian 12
# are in packaging/install-deps-debian.sh.

find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# simdjson: organisation rule files (redact/) and the scan pipeline's JSONL reader (model/scan/).
pkg_check_modules(SIMDJSON REQUIRED IMPORTED_TARGET simdjson)
find_package(SQLite3 REQUIRED)

# libphonenumber ships neither a CMake package nor a pkg-config file on Debian 12.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
if(NOT TARGET Veil::PhoneNumber)
  add_library(Veil::PhoneNumber UNKNOWN IMPORTED)
  set_target_properties(Veil::PhoneNumber PROPERTIES
    IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")
endif()

# zxcvbn-c (Debian libzxcvbn-dev) ships no pkg-config file either.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h REQUIRED)
find_library(ZXCVBN_LIBRARY zxcvbn REQUIRED)
if(NOT TARGET Veil::Zxcvbn)
  add_library(Veil::Zxcvbn UNKNOWN IMPORTED)
  set_target_properties(Veil::Zxcvbn PROPERTIES
    IMPORTED_LOCATION "${ZXCVBN_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}")
endif()

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Concurrent Gui Widgets Sql Charts Test)
qt_standard_project_setup()

# Versions for the About dialog. RE2 and libphonenumber do not export a usable
# version (Debian's re2.pc says 0.0.0); ask the package manager where there is one.
function(veil_package_version out_var pkgconfig_version debian_package)
  set(version "${pkgconfig_version}")
  if(version STREQUAL "" OR version STREQUAL "0.0.0")
    set(version "system library")
    find_program(DPKG_QUERY dpkg-query)
    if(DPKG_QUERY)
      execute_process(COMMAND ${DPKG_QUERY} -W -f=${dollar}{Version} ${debian_package}
        OUTPUT_VARIABLE dpkg_version RESULT_VARIABLE dpkg_result ERROR_QUIET)
      if(dpkg_result EQUAL 0 AND NOT dpkg_version STREQUAL "")
        string(REGEX REPLACE "^[0-9]+:" "" dpkg_version "${dpkg_version}")
        string(REGEX REPLACE "[+~-].*$" "" dpkg_version "${dpkg_version}")
        set(version "${dpkg_version}")
      endif()
    endif()
  endif()
  set(${out_var} "${version}" PARENT_SCOPE)
endfunction()
set(dollar "$")
veil_package_version(VEIL_RE2_VERSION "${RE2_VERSION}" libre2-dev)
veil_package_version(VEIL_PHONENUMBER_VERSION "" libphonenumber-dev)
