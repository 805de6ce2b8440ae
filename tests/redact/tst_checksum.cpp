// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Check-digit algorithms against published valid and invalid examples.

#include "redact/validate/Checksum.h"

#include <QtTest>

#include <array>
#include <cstdint>
#include <string>

using namespace veil::redact;

class TestChecksum : public QObject {
    Q_OBJECT

private slots:
    void verhoeffAgreesWithItsDefinition();
    void validates_data();
    void validates();
};

void TestChecksum::verhoeffAgreesWithItsDefinition()
{
    // The Verhoeff permutation table is made of the powers of one
    // permutation: row k maps j to p1 applied k times. Check digits computed
    // from that definition (not from a copied table) must agree with
    // Checksum::aadhaar() for many numbers, and a wrong digit must fail.
    constexpr std::array<int, 10> kP1 = { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 };
    constexpr int kD[10][10] = { { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
                                 { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 }, { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
                                 { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
                                 { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
                                 { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 }, { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 } };
    const auto permute = [&](int times, int digit) {
        for (int k = 0; k < times; ++k) {
            digit = kP1[static_cast<std::size_t>(digit)];
        }
        return digit;
    };
    const auto valid = [&](const std::string& number) {
        int c = 0;
        for (std::size_t i = 0; i < number.size(); ++i) {
            c = kD[c][permute(static_cast<int>(i % 8), number[number.size() - 1 - i] - '0')];
        }
        return c == 0;
    };
    std::uint64_t state = 12345;
    int checked = 0;
    for (int n = 0; n < 2000; ++n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        std::string number = std::to_string(2 + (state >> 33U) % 8);
        for (int k = 0; k < 10; ++k) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            number += static_cast<char>('0' + (state >> 33U) % 10);
        }
        for (char check = '0'; check <= '9'; ++check) {
            const std::string full = number + check;
            QCOMPARE(Checksum::aadhaar(full), valid(full));
            checked += valid(full) ? 1 : 0;
        }
    }
    QCOMPARE(checked, 2000);  // exactly one check digit fits each number
}

void TestChecksum::validates_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    const auto row = [](const char* name, const char* kind, const char* value, bool valid) {
        QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromLatin1(value) << valid;
    };
    row("luhn visa", "card", "4539 1488 0343 6467", true);
    row("luhn amex", "card", "378282246310005", true);
    row("luhn mastercard 2-series", "card", "2223003122003222", true);
    row("luhn rupay", "card", "6076 5400 0000 0001", true);
    row("luhn failure", "card", "4539 1488 0343 6468", false);
    row("no issuer", "card", "9999 9999 9999 9995", false);
    row("too short", "card", "4539 1488 03", false);
    row("iban de", "iban", "DE89 3704 0044 0532 0130 00", true);
    row("iban gb", "iban", "GB82WEST12345698765432", true);
    row("iban wrong check", "iban", "DE89 3704 0044 0532 0130 01", false);
    row("iban wrong length", "iban", "DE89 3704 0044 0532 0130 0", false);
    row("iban unknown country", "iban", "XX89 3704 0044 0532 0130 00", false);
    row("aadhaar valid", "aadhaar", "2345 6789 0124", true);
    row("aadhaar invalid", "aadhaar", "2345 6789 0123", false);
    row("aadhaar starts with 1", "aadhaar", "1234 5678 9012", false);
    row("cpf valid", "cpf", "529.982.247-25", true);
    row("cpf invalid", "cpf", "529.982.247-26", false);
    row("cpf repeated", "cpf", "111.111.111-11", false);
    row("ssn valid", "ssn", "536-22-1946", true);
    row("ssn area 000", "ssn", "000-22-1946", false);
    row("ssn area 666", "ssn", "666-22-1946", false);
    row("ssn area 9xx", "ssn", "912-22-1946", false);
    row("ssn group 00", "ssn", "536-00-1946", false);
    row("ssn serial 0000", "ssn", "536-22-0000", false);
    row("nino valid", "nino", "AB 12 34 56 C", true);
    row("nino bad prefix", "nino", "GB 12 34 56 C", false);
    row("nino bad suffix", "nino", "AB 12 34 56 E", false);
}

void TestChecksum::validates()
{
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const std::string v = value.toStdString();
    bool result = false;
    if (kind == QLatin1String("card")) {
        result = Checksum::creditCard(v);
    } else if (kind == QLatin1String("iban")) {
        result = Checksum::iban(v);
    } else if (kind == QLatin1String("aadhaar")) {
        result = Checksum::aadhaar(v);
    } else if (kind == QLatin1String("cpf")) {
        result = Checksum::cpf(v);
    } else if (kind == QLatin1String("ssn")) {
        result = Checksum::ssn(v);
    } else if (kind == QLatin1String("nino")) {
        result = Checksum::ukNationalInsurance(v);
    }
    QCOMPARE(result, valid);
}

QTEST_GUILESS_MAIN(TestChecksum)
#include "tst_checksum.moc"
