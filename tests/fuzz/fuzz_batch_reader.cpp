// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// BatchReader over arbitrary files (docs/formats.md, ".veilbatch"): every
// input is either opened, with every task readable or refused with a
// message, or refused with a reason and a message naming the file.

#include "model/batch/BatchReader.h"
#include "model/keys/KeyFile.h"

#include <QFile>

#include <cstdint>
#include <cstdlib>
#include <unistd.h>

using namespace veil::model;

namespace {

struct Fixture {
    BatchReader::Options options;
    std::optional<SecretKey> workstation;
    QString path;
};

Fixture& fixture()
{
    static Fixture f = [] {
        Fixture made;
        auto store
            = TrustStore::fromFiles({ QStringLiteral(VEIL_SOURCE_DIR "/resources/demo/keys/root.pub") });
        made.options.trust = store.value();
        const SecretBytes passphrase = SecretBytes::copyOf(QByteArray("demo"));
        made.workstation = std::move(
            KeyFile::readSecret(QStringLiteral(VEIL_SOURCE_DIR "/resources/demo/keys/workstation.key"),
                                passphrase)
                .value());
        made.options.workstation = &*made.workstation;
        made.path = QStringLiteral("/tmp/veil-fuzz-batch-%1.veilbatch").arg(getpid());
        return made;
    }();
    return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fixture& f = fixture();
    {
        QFile file(f.path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::abort();
        }
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    auto opened = BatchReader::open(f.path, f.options);
    if (!opened) {
        if (opened.refusal == BatchRefusal::None || !opened.message.startsWith(f.path)) {
            std::abort();
        }
        return 0;
    }
    for (int i = 0; i < opened.reader->taskCount(); ++i) {
        auto task = opened.reader->task(i);
        if (task) {
            for (const auto& message : task.value().messages) {
                for (const auto& span : message.spans) {
                    (void)opened.reader->openOriginal(i, span.spanId);
                }
            }
        }
    }
    return 0;
}
