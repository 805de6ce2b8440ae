# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
#
# Windows installer (NSIS through CPack): per-machine install under
# Program Files\Veil, Start-menu entry, .veilbatch/.veilaudit/.veilresults
# opened by Veil, an uninstaller listed in "Apps & features". The uninstaller
# removes the program and the associations; it never touches profiles in
# %APPDATA%\Veil (docs/install.md: use `veilctl profile wipe` first).
#
# Not built or tested by this repository's CI (only the Linux packages are);
# .github/workflows/build.yml builds it on a hosted Windows runner.

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "Veil")
set(CPACK_NSIS_DISPLAY_NAME "Veil ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/veil.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/veil.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\veil.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)  # offers to put veilctl on PATH
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "veil.exe")
set(CPACK_PACKAGE_FILE_NAME "Veil-${PROJECT_VERSION}-windows-x64")

# File associations: one ProgID per document type, opened with "veil.exe" "%1".
set(_veil_assoc_install "")
set(_veil_assoc_uninstall "")
foreach(pair "veilbatch|Veil task batch" "veilaudit|Veil audit log export" "veilresults|Veil review results")
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 ext)
  list(GET pair 1 label)
  set(progid "Veil.${ext}")
  string(APPEND _veil_assoc_install
    "WriteRegStr HKCR '.${ext}' '' '${progid}'\n"
    "WriteRegStr HKCR '${progid}' '' '${label}'\n"
    "WriteRegStr HKCR '${progid}\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\veil.exe,0'\n"
    "WriteRegStr HKCR '${progid}\\\\shell\\\\open\\\\command' '' '\"$INSTDIR\\\\bin\\\\veil.exe\" \"%1\"'\n")
  string(APPEND _veil_assoc_uninstall
    "ReadRegStr $0 HKCR '.${ext}' ''\n"
    "StrCmp $0 '${progid}' 0 +2\n"
    "DeleteRegKey HKCR '.${ext}'\n"
    "DeleteRegKey HKCR '${progid}'\n")
endforeach()
# SHChangeNotify(SHCNE_ASSOCCHANGED) so Explorer picks the icons up at once.
set(_veil_notify "System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'\n")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "${_veil_assoc_install}${_veil_notify}")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "${_veil_assoc_uninstall}${_veil_notify}")
# Start menu: CPACK_PACKAGE_EXECUTABLES makes "Veil"; add the documentation.
set(CPACK_NSIS_MENU_LINKS "${PROJECT_HOMEPAGE_URL}" "Veil website")
