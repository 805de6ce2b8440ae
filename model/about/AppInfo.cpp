// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/about/AppInfo.h"

#include "model/about/BuildInfo.h"

#include <sodium.h>
#include <sqlite3.h>

#include <QtGlobal>

namespace veil::model {

QString AppInfo::productName()
{
    return QStringLiteral("Veil");
}

QString AppInfo::version()
{
    return QString::fromLatin1(build::kVersion);
}

QString AppInfo::applicationId()
{
    return QString::fromLatin1(build::kAppId);
}

QString AppInfo::organisationName()
{
    return QStringLiteral("Veil");
}

QString AppInfo::versionLine()
{
    return productName() + QLatin1Char(' ') + version();
}

QString AppInfo::licence()
{
    return QStringLiteral("MIT");
}

QList<ThirdPartyComponent> AppInfo::components()
{
    // Run-time versions where the library can tell us (a distribution update
    // may have replaced the shared library since the build); build-time
    // versions otherwise.
    return {
        { QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
          QStringLiteral("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
          QStringLiteral("https://www.qt.io/") },
        { QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC"),
          QStringLiteral("https://libsodium.org/") },
        { QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()),
          QStringLiteral("blessing (public domain)"), QStringLiteral("https://sqlite.org/") },
        { QStringLiteral("RE2"), QString::fromLatin1(build::kRe2Version), QStringLiteral("BSD-3-Clause"),
          QStringLiteral("https://github.com/google/re2") },
        { QStringLiteral("libphonenumber"), QString::fromLatin1(build::kPhoneNumberVersion),
          QStringLiteral("Apache-2.0"), QStringLiteral("https://github.com/google/libphonenumber") },
    };
}

}  // namespace veil::model
