// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/about/AboutDialog.h"

#include "model/about/AppInfo.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace veil::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    using model::AppInfo;
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(AppInfo::productName()));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/veil/icons/veil-256.png")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setText(
        QStringLiteral("<h2>%1</h2><p>%2 %3</p>")
            .arg(AppInfo::productName().toHtmlEscaped(), tr("Version"), AppInfo::version().toHtmlEscaped()));

    auto* blurb
        = new QLabel(tr("A review workstation that keeps personal data in chat transcripts masked until "
                        "a justified, audited reveal.\nReleased under the %1 licence.")
                         .arg(AppInfo::licence()),
                     this);
    blurb->setWordWrap(true);

    auto* header = new QVBoxLayout;
    header->addWidget(title);
    header->addWidget(blurb);
    header->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(header, 1);

    const auto components = AppInfo::components();
    auto* table = new QTableWidget(static_cast<int>(components.size()), 3, this);
    table->setObjectName(QStringLiteral("aboutComponents"));
    table->setHorizontalHeaderLabels({ tr("Library"), tr("Version"), tr("Licence") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    for (const auto& component : components) {
        auto* name = new QTableWidgetItem(component.name);
        name->setToolTip(component.url);
        table->setItem(row, 0, name);
        table->setItem(row, 1, new QTableWidgetItem(component.version));
        table->setItem(row, 2, new QTableWidgetItem(component.licence));
        ++row;
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Third-party components:"), this));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

}  // namespace veil::ui
