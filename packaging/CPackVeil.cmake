# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
#
# CPack settings shared by every platform, then per generator:
#   Linux   DEB (dpkg-shlibdeps), RPM (rpm auto-requires), TGZ
#   Windows NSIS (Start menu, file associations, uninstaller)
#   macOS   DragNDrop .dmg of veil.app
# `cpack --config build/<preset>/CPackConfig.cmake` or `cmake --build … --target package`.

set(CPACK_PACKAGE_NAME "veil")
set(CPACK_PACKAGE_VENDOR "Veil contributors")
set(CPACK_PACKAGE_CONTACT "Veil contributors <veil@example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "review chatbot conversations with personal data kept masked")
set(CPACK_PACKAGE_DESCRIPTION
  "Veil is a desktop workstation for people who review real user-chatbot conversations. Personal data (names, phone numbers, e-mail and street addresses, selfies) stays masked until the reviewer gives a justification the policy accepts; the decision is written to a tamper-evident audit log before anything is shown. veilctl builds and verifies batches and audit logs on the command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/resources/icons/veil-256.png")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Veil")
set(CPACK_PACKAGE_EXECUTABLES "veil" "Veil")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")
# Install trees are world-readable regardless of the builder's umask (lintian
# non-standard-dir-perm).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(UNIX AND NOT APPLE)
  # DEB and RPM install under /usr (their default); the tarball holds bin/ and
  # share/ at its top, to be unpacked under any prefix.
  set(CPACK_GENERATOR "TGZ")
  find_program(VEIL_DPKG_DEB dpkg-deb)
  find_program(VEIL_RPMBUILD rpmbuild)
  if(VEIL_DPKG_DEB)
    list(APPEND CPACK_GENERATOR "DEB")
  endif()
  if(VEIL_RPMBUILD)
    list(APPEND CPACK_GENERATOR "RPM")
  endif()

  # DEB: Depends from dpkg-shlibdeps (Qt 6, RE2, libsodium, SQLite,
  # libphonenumber, libstdc++), plus the Qt plugins Veil loads at run time,
  # which shlibdeps cannot see: the SQLite driver and the platform plugins.
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
  set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
  # CPack puts the summary first and indents these lines; an empty line
  # becomes the " ." paragraph separator.
  set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Veil is a desktop workstation for people who review real user-chatbot
conversations for AI training. Personal data (names, phone numbers, e-mail
and street addresses, selfies) stays masked until the reviewer gives a
justification the policy accepts; the decision is written to a
tamper-evident audit log before anything is shown.

This package holds the Veil application and veilctl, the command-line tool
that builds and verifies batches, profiles and audit logs.")

  # RPM: Requires from rpm's automatic dependency scan, plus the same plugins.
  set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
  set(CPACK_RPM_PACKAGE_AUTOREQ ON)
  set(CPACK_RPM_PACKAGE_AUTOPROV ON)
  set(CPACK_RPM_PACKAGE_LICENSE "MIT")
  set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
  set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
  set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui")
  set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
  # Directories owned by the filesystem and desktop packages, not by Veil.
  set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/mime /usr/share/mime/packages
    /usr/share/icons /usr/share/icons/hicolor /usr/share/man /usr/share/man/man1
    /usr/share/doc)
  foreach(size 16x16 32x32 48x48 64x64 128x128 256x256 512x512 scalable)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
      /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
  endforeach()

  # The tarball's name (DEB and RPM use their distributions' conventions).
  set(CPACK_PACKAGE_FILE_NAME "veil-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")
elseif(WIN32)
  include("${CMAKE_CURRENT_LIST_DIR}/windows/NsisVeil.cmake")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
  set(CPACK_DMG_VOLUME_NAME "Veil ${PROJECT_VERSION}")
  set(CPACK_DMG_FORMAT "UDZO")
  set(CPACK_PACKAGE_FILE_NAME "Veil-${PROJECT_VERSION}-macos")
endif()

include(CPack)
