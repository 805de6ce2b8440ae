# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
#
# Interface targets carrying the project's compile and link options. Every Veil
# target calls veil_apply_build_options(); nothing sets CMAKE_CXX_FLAGS.

add_library(veil_warnings INTERFACE)
target_compile_options(veil_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
  -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  # GCC 12 reports impossible -Wrestrict overlaps inside libstdc++'s
  # std::string at -O3 (GCC bug 105329); the warning is noise there.
  target_compile_options(veil_warnings INTERFACE -Wno-restrict)
endif()
if(VEIL_WERROR)
  target_compile_options(veil_warnings INTERFACE -Werror)
endif()

add_library(veil_hardening INTERFACE)
target_compile_options(veil_hardening INTERFACE -fstack-protector-strong)
# _FORTIFY_SOURCE needs optimisation; it only warns (and -Werror fails) at -O0.
target_compile_definitions(veil_hardening INTERFACE
  $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
# Full RELRO is an ELF feature; Apple's ld and MinGW's PE linker reject -z.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  target_link_options(veil_hardening INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()

add_library(veil_sanitizers INTERFACE)
if(VEIL_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "VEIL_BUILD_FUZZERS needs clang (libFuzzer); use the 'fuzz' preset")
  endif()
  target_compile_options(veil_sanitizers INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(veil_sanitizers INTERFACE -fsanitize=address,undefined)
elseif(VEIL_SANITIZE)
  target_compile_options(veil_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(veil_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# Applies warnings, hardening and sanitizers to a target. Sanitizer flags are
# PUBLIC so that every executable linking a sanitized library is sanitized too.
function(veil_apply_build_options target)
  target_link_libraries(${target} PRIVATE veil_warnings veil_hardening)
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "EXECUTABLE")
    target_link_libraries(${target} PRIVATE veil_sanitizers)
  else()
    target_link_libraries(${target} PUBLIC veil_sanitizers)
  endif()
endfunction()
