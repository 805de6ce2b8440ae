// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Detector: the fixes that stop 15's languages set led to (docs/redact.md,
// "Stop 15: languages and honorifics"): honorifics and relations of other
// languages outside the name, Russian, Ukrainian and Polish names in their
// other cases, birth dates in more languages; each with hard negatives.

#include "DetectorTestSupport.h"
#include "redact/detect/Detector.h"

#include <QtTest>

#include <string>

using namespace veil::redact;
using namespace veil::redact::testing;

class TestDetectorLanguages : public QObject {
    Q_OBJECT

private slots:
    void detectsExactValue_data();
    void detectsExactValue();
    void leavesHardNegativesAlone_data();
    void leavesHardNegativesAlone();
};

void TestDetectorLanguages::detectsExactValue_data()
{
    addExactValueColumns();
    const auto row = exactValueRow;
    // Honorifics before the name stay outside it.
    row("vietnamese chị", "Chị Phan Thị Loan ơi, mai họp lúc mấy giờ?", "Phan Thị Loan", "PERSON");
    row("vietnamese ông", "Ông Đỗ Văn Khoa gọi lại chưa?", "Đỗ Văn Khoa", "PERSON");
    row("indonesian pak", "Pak Wahyu minta laporan hari ini", "Wahyu", "PERSON");
    row("indonesian ibu", "Ibu Lestari Wulandari sudah datang", "Lestari Wulandari", "PERSON");
    row("javanese mbak", "Mbak Rina nomornya sudah saya simpan", "Rina", "PERSON");
    row("filipino kuya", "Kuya Rodel will drive us tomorrow", "Rodel", "PERSON");
    row("german herrn", "Schreib bitte eine Zusage an Herrn Vogel", "Vogel", "PERSON");
    row("title inside the chain after a verb", "Appelle Mme Girard demain matin", "Girard", "PERSON");
    // Relations of other languages, in other cases, stay outside it.
    row("german relation in the accusative", "Schreib meinen Kollegen Tobias Krause an", "Tobias Krause",
        "PERSON");
    row("german brother", "Mein Bruder Niklas zieht nach Hamburg", "Niklas", "PERSON");
    row("turkish relation with a possessive ending", "Kardeşim Burak sınava hazırlanıyor", "Burak", "PERSON");
    row("turkish honorific after the name", "Elif Hanım yarın gelecek", "Elif", "PERSON");
    row("turkish bey after the name", "Murat Bey toplantıyı iptal etti", "Murat", "PERSON");
    // A role word with a possessive of another language is a private person's.
    row("swedish possessive before a role", "Skriv till min chef Annika Holm om ledigheten", "Annika Holm",
        "PERSON");
    // Russian, Ukrainian and Polish names in other cases.
    row("russian genitive", "Нужен подарок для Натальи на юбилей", "Натальи", "PERSON");
    row("russian dative after a request", "Передай Сергею, что я задержусь", "Сергею", "PERSON");
    row("russian instrumental", "Я вчера говорил с Андреем о проекте", "Андреем", "PERSON");
    row("russian name and patronymic in the dative", "Напиши письмо Ивану Петровичу про отпуск",
        "Ивану Петровичу", "PERSON");
    row("russian surname in the dative", "Позвони Андрею Смирнову завтра", "Андрею Смирнову", "PERSON");
    row("russian short form", "Это Маша, я по поводу квартиры", "Маша", "PERSON");
    row("russian form of address", "Дорогая Светлана Викторовна, поздравляем!", "Светлана Викторовна",
        "PERSON");
    row("polish genitive", "Kup kwiaty dla Katarzyny na urodziny", "Katarzyny", "PERSON");
    row("polish accusative", "Zaproś Magdalenę na kolację", "Magdalenę", "PERSON");
    row("turkish one-letter suffix after an honorific", "Gökhan Bey'e haber ver", "Gökhan", "PERSON");
    row("ukrainian self-introduction after a greeting", "Привіт, мене звати Олена Бойко", "Олена Бойко",
        "PERSON");
    // Dates of birth in more languages.
    row("russian birth date", "Я родился 3 апреля 1987 года", "3 апреля 1987", "DATE_OF_BIRTH");
    row("polish birth date", "Urodziłam się 9 marca 1993 w Gdańsku", "9 marca 1993", "DATE_OF_BIRTH");
    row("turkish birth date", "Doğum tarihim 21 Ekim 1990", "21 Ekim 1990", "DATE_OF_BIRTH");
    row("vietnamese birth date", "Bà Lan sinh ngày 02/11/1949 ở Huế", "02/11/1949", "DATE_OF_BIRTH");
    // Addresses and e-mails in other languages.
    row("polish address", "Mieszkam przy ul. Długa 12/4, 80-831 Gdańsk", "ul. Długa 12/4, 80-831 Gdańsk",
        "STREET_ADDRESS");
    row("indonesian address", "Alamat saya Jl. Sudirman No. 45, Jakarta 10220",
        "Jl. Sudirman No. 45, Jakarta 10220", "STREET_ADDRESS");
    row("russian address with a flat", "Мой адрес: ул. Ленина, д. 7, кв. 12, Казань",
        "ул. Ленина, д. 7, кв. 12, Казань", "STREET_ADDRESS");
    row("turkish address", "Adresim Atatürk Caddesi No: 58 D: 3, Çankaya, Ankara",
        "Atatürk Caddesi No: 58 D: 3, Çankaya, Ankara", "STREET_ADDRESS");
    row("indian address with hindi localities", "मेरा पता H.No. 12, सेक्टर 4, गुड़गांव 122001 है",
        "H.No. 12, सेक्टर 4, गुड़गांव 122001", "STREET_ADDRESS");
    // Casual chat (fourth round).
    row("hindi oye before a name", "oye Harleen, kal ka plan kya hai?", "Harleen", "PERSON");
    row("filipino ma'am as a title", "pa-email naman kay Ma'am Dizon", "Dizon", "PERSON");
    row("italian tell", "dì a Chiara che arrivo tardi", "Chiara", "PERSON");
    row("mexican word for a friend", "mi compa Beto ya llegó", "Beto", "PERSON");
    row("turkish case ending outside the name", "Zeynep'e söyle, geç kalacağım", "Zeynep", "PERSON");
    row("an irish apostrophe stays in the name", "ask Siobhan O'Sullivan about the cafe",
        "Siobhan O'Sullivan", "PERSON");
    row("e-mail glued to chinese text", "我的邮箱是liuyang88@qq.com，谢谢", "liuyang88@qq.com", "EMAIL");
}

void TestDetectorLanguages::detectsExactValue()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(QString, category);
    const QString problem = exactValueProblem(text, value, category);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDetectorLanguages::leavesHardNegativesAlone_data()
{
    addHardNegativeColumns();
    const auto row = hardNegativeRow;
    row("vietnamese city", "Phở ở Hà Nội ngon hơn ở Sài Gòn không?");
    row("brazilian writers", "Qual a diferença entre Machado de Assis e Clarice Lispector?");
    row("russian writers", "Лев Толстой и Фёдор Достоевский: кого читать первым?");
    row("russian genitive of a common noun", "Сколько стоят розы на рынке?");
    row("russian greeting and request", "Привет! Напиши стихотворение про осень");
    row("ukrainian greeting", "Привіт, як справи?");
    row("scandinavian question", "Kan du forklare hvordan man lager brød?");
    row("german question", "Kann man Spargel roh essen?");
    row("hebrew greeting", "שלום, מה שלומך?");
    row("polish word ending like a case", "Mamy dwa koty i psa");
    row("a date that is no birth date", "Spotkanie 9 marca 2024 o 10:00");
    row("russian date that is no birth date", "Встреча 3 апреля 2025 в офисе");
    row("turkish city", "İstanbul'da en iyi kahvaltı nerede?");
    row("portuguese imperative starting a message", "Manda um abraço pra todo mundo");
    row("italian possessive starting a message", "Mio nonno faceva il pane in casa");
    row("german order number", "Meine Bestellnummer ist 302-5518204-7730, wo bleibt das Paket?");
    row("french invoice number", "La facture n° 2025-0342 est payée");
    row("spanish cities", "Nací en Sevilla y luego viví en Zaragoza");
    row("indonesian city", "Liburan ke Yogyakarta bulan depan");
}

void TestDetectorLanguages::leavesHardNegativesAlone()
{
    QFETCH(QString, text);
    const QString problem = unexpectedSpans(text);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestDetectorLanguages)
#include "tst_detector_languages.moc"
