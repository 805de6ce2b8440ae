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

namespace {

struct DemoFiles {
    QString batch;
    QString keys;
};

Result<DemoFiles> demoFiles()
{
    QString dir = DemoOrganisation::locateDirectory();
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
    return DemoFiles { batch, keys };
}

/// The demo passphrase is public by design (resources/demo/keys/README.md).
Result<SecretKey> demoSecret(const DemoFiles& files, const char* name)
{
    return KeyFile::readSecret(files.keys + QLatin1Char('/') + QLatin1String(name),
                               SecretBytes::copyOf("demo"));
}

}  // namespace

QString DemoOrganisation::batchPath()
{
    auto files = demoFiles();
    return files ? files.value().batch : QString();
}

Result<std::unique_ptr<Profile>>
DemoOrganisation::createProfile(const QString& dir, const QString& reviewerId, const SecretBytes& passphrase,
                                const Profile::Options& options, ReviewerRole role)
{
    auto files = demoFiles();
    if (!files) {
        return fail(files.error());
    }
    auto root = demoSecret(files.value(), "root.key");
    auto workstation = demoSecret(files.value(), "workstation.key");
    if (!root || !workstation) {
        return fail(root ? workstation.error() : root.error());
    }
    Profile::Identity identity;
    identity.reviewerId = reviewerId;
    identity.trustRoots = { root.value().publicKey };
    identity.workstation = &workstation.value();
    auto profile = Profile::create(dir, identity, passphrase, options);
    if (!profile) {
        return profile;
    }
    auto request = profile.value()->enrolmentRequest();
    if (!request) {
        return fail(request.error());
    }
    const QDateTime now = profile.value()->now();
    auto certificate
        = WorkstationCertificate::issue(request.value(), role, root.value(), now, now.addDays(365));
    if (!certificate) {
        return fail(certificate.error());
    }
    auto installed
        = profile.value()->installCertificate(certificate.value().encode(), QStringLiteral("demo enrolment"));
    if (!installed) {
        return fail(installed.error());
    }
    return profile;
}

Result<std::unique_ptr<BatchReader>> DemoOrganisation::openBatch()
{
    auto files = demoFiles();
    if (!files) {
        return fail(files.error());
    }
    const QString& batch = files.value().batch;
    const QString& keys = files.value().keys;
    auto trust = TrustStore::fromFiles({ keys + QStringLiteral("/root.pub") });
    if (!trust) {
        return fail(trust.error());
    }
    auto workstation = demoSecret(files.value(), "workstation.key");
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
