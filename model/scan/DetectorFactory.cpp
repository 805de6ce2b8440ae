// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/scan/DetectorFactory.h"

#include "redact/catalogue/Catalogue.h"
#include "redact/detect/Detector.h"

namespace veil::model {

Result<std::shared_ptr<const redact::Detector>>
DetectorFactory::create(const QStringList& organisationRuleFiles)
{
    redact::Catalogue catalogue = redact::Catalogue::builtin();
    for (const QString& path : organisationRuleFiles) {
        auto loaded = redact::Catalogue::loadOrganisationRules(path.toStdString());
        if (!loaded) {
            return fail(QString::fromStdString(loaded.error().message));
        }
        if (auto added = catalogue.add(std::move(loaded).value()); !added) {
            return fail(QString::fromStdString(added.error().message));
        }
    }
    auto detector = redact::Detector::create(std::move(catalogue));
    if (!detector) {
        return fail(QString::fromStdString(detector.error().message));
    }
    return std::move(detector).value();
}

}  // namespace veil::model
