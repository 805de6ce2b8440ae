// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/demo/DemoOrganisation.h"

#include "model/keys/KeyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace veil::model {

namespace {

constexpr char kDemoRootKeyId[] = "02621cbbbba96d8f";  // resources/demo/keys/README.md

bool hasDemoFiles(const QString& dir)
{
    return QFileInfo::exists(dir + QStringLiteral("/demo.veilbatch"))
        && QFileInfo::exists(dir + QStringLiteral("/root.pub"))
        && QFileInfo::exists(dir + QStringLiteral("/workstation.key"));
}

}  // namespace

QString DemoOrganisation::rootKeyId()
{
    return QString::fromLatin1(kDemoRootKeyId);
}

bool DemoOrganisation::isDemoIssuer(const PublicKey& issuer)
{
    return issuer.certificate && issuer.certificate->rootKeyId == rootKeyId();
}

QString DemoOrganisation::locateDirectory()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("VEIL_DEMO_DIR");
    if (!fromEnvironment.isEmpty()) {
        candidates << fromEnvironment;
    }
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << appDir + QStringLiteral("/../share/veil/demo")
               << appDir + QStringLiteral("/../Resources/demo")  // macOS bundle
               << appDir + QStringLiteral("/demo");  // Windows install
    for (const QString& dir : candidates) {
        if (hasDemoFiles(dir)) {
            return QDir(dir).absolutePath();
        }
    }
    return {};
}

Result<std::unique_ptr<BatchReader>> DemoOrganisation::openBatch()
{
    QString dir = locateDirectory();
    QString batch = dir + QStringLiteral("/demo.veilbatch");
    QString keys = dir;
#if defined(VEIL_BUILD_DEMO_BATCH)
    // Running from the build tree: the batch is built there, the keys stay in the sources.
    if (dir.isEmpty() && QFileInfo::exists(QStringLiteral(VEIL_BUILD_DEMO_BATCH))) {
        batch = QStringLiteral(VEIL_BUILD_DEMO_BATCH);
        keys = QStringLiteral(VEIL_SOURCE_DEMO_KEYS);
    }
#endif
    if (!QFileInfo::exists(batch)) {
        return fail(
            QStringLiteral("the demo batch is not installed (looked for demo.veilbatch in share/veil/demo "
                           "and $VEIL_DEMO_DIR)"));
    }
    auto trust = TrustStore::fromFiles({ keys + QStringLiteral("/root.pub") });
    if (!trust) {
        return fail(trust.error());
    }
    // The demo passphrase is public by design (resources/demo/keys/README.md).
    auto workstation
        = KeyFile::readSecret(keys + QStringLiteral("/workstation.key"), SecretBytes::copyOf("demo"));
    if (!workstation) {
        return fail(workstation.error());
    }
    BatchReader::Options options;
    options.trust = trust.value();
    options.workstation = &workstation.value();
    auto opened = BatchReader::open(batch, options);
    if (!opened) {
        return fail(opened.message);
    }
    // The reader keeps the opened content keys; the workstation key is not needed any more.
    return std::move(opened.reader);
}

}  // namespace veil::model
