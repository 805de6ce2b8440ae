// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace veil::model {

/// A third-party component Veil links against, as shown in the About dialog
/// and printed by `veil --version --verbose` / `veilctl version`.
struct ThirdPartyComponent {
    QString name;
    QString version;  ///< version of the library actually loaded at run time
    QString licence;  ///< SPDX expression
    QString url;
};

/// Facts about this build: the product name, version, application id and the
/// libraries it runs with. The single source for --version output and the
/// About dialog so that the two never disagree.
class AppInfo {
public:
    static QString productName();
    static QString version();
    static QString applicationId();
    static QString organisationName();
    /// "Veil 0.1.0" — what `--version` prints.
    static QString versionLine();
    /// Every bundled or linked library with its run-time version and licence.
    static QList<ThirdPartyComponent> components();
    /// Veil's own licence (SPDX).
    static QString licence();
};

}  // namespace veil::model
