// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/platform/ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

#include <cerrno>
#include <cstring>

namespace veil::model {

ProcessHardening::Result ProcessHardening::apply()
{
    Result result;
#if defined(Q_OS_UNIX)
    rlimit none {};
    none.rlim_cur = 0;
    none.rlim_max = 0;
    if (setrlimit(RLIMIT_CORE, &none) != 0) {
        result.detail
            = QStringLiteral("setrlimit(RLIMIT_CORE): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
#endif
#if defined(Q_OS_LINUX)
    // Not dumpable: no core file even if a limit is raised later, and
    // /proc/<pid>/mem is unreadable by other same-user processes. AddressSanitizer
    // builds keep the default so that its reports still work.
#if !defined(__SANITIZE_ADDRESS__)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0 && result.detail.isEmpty()) {
        result.detail
            = QStringLiteral("prctl(PR_SET_DUMPABLE): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
#endif
#endif
    result.coreDumpsDisabled = coreDumpsAreDisabled();
    return result;
}

bool ProcessHardening::coreDumpsAreDisabled()
{
#if defined(Q_OS_UNIX)
    rlimit current {};
    if (getrlimit(RLIMIT_CORE, &current) != 0) {
        return false;
    }
    return current.rlim_cur == 0;
#else
    // Windows writes no core files; Windows Error Reporting is configured by
    // the installer (docs/install.md).
    return true;
#endif
}

}  // namespace veil::model
