// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/settings/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace veil::ui {

using model::Preferences;

SettingsDialog::SettingsDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent)
    , m_font(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_lock(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_font->setObjectName(QStringLiteral("settingsFontSize"));
    m_font->setRange(Preferences::kMinFontPoints - 1, Preferences::kMaxFontPoints);
    m_font->setSpecialValueText(tr("System default"));
    m_font->setSuffix(tr(" pt"));
    m_font->setValue(current.fontPoints == 0 ? m_font->minimum() : current.fontPoints);
    m_font->setAccessibleName(tr("Font size"));

    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("System"), static_cast<int>(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(current.theme)));
    m_theme->setAccessibleName(tr("Theme"));

    m_lock->setObjectName(QStringLiteral("settingsLockMinutes"));
    m_lock->setRange(Preferences::kMinLockMinutes, Preferences::kMaxLockMinutes);
    m_lock->setSuffix(tr(" min"));
    m_lock->setValue(current.lockMinutes);
    m_lock->setAccessibleName(tr("Lock after idle minutes"));

    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("System language"), QString());
    for (const QString& code : Preferences::languages()) {
        m_language->addItem(Preferences::languageName(code), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_language->setAccessibleName(tr("Language"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Font size:"), m_font);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Lock after idle:"), m_lock);
    form->addRow(tr("L&anguage:"), m_language);
    auto* note = new QLabel(tr("The session locks after this many minutes without keyboard or mouse "
                               "activity; a shown value is masked again at once. A new language applies "
                               "from the next start."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

Preferences SettingsDialog::preferences() const
{
    Preferences out;
    out.fontPoints = m_font->value() < Preferences::kMinFontPoints ? 0 : m_font->value();
    out.theme = static_cast<Preferences::Theme>(m_theme->currentData().toInt());
    out.lockMinutes = m_lock->value();
    out.language = m_language->currentData().toString();
    return out;
}

}  // namespace veil::ui
