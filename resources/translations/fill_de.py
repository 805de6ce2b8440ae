#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
"""Fills German translations into veil_de.ts for the strings listed here.

Run after `cmake --build <dir> --target update_translations` (lupdate keeps
what is translated; this adds what is new in the table). Strings not listed
stay unfinished and show in English."""
import html
import re
import sys

DE = {
    "person's name": "Name einer Person",
    "e-mail address": "E-Mail-Adresse",
    "phone number": "Telefonnummer",
    "street address": "Anschrift",
    "credit card number": "Kreditkartennummer",
    "bank account number (IBAN)": "Kontonummer (IBAN)",
    "government ID number": "Ausweisnummer",
    "IP address": "IP-Adresse",
    "date of birth": "Geburtsdatum",
    "social media handle": "Social-Media-Name",
    "location coordinates": "Standortkoordinaten",
    "image": "Bild",
    "masked %1, %2": "maskiert: %1, %2",
    "About %1": "Über %1",
    "Version": "Version",
    "Library": "Bibliothek",
    "Licence": "Lizenz",
    "Third-party components:": "Komponenten Dritter:",
    "Conversation": "Unterhaltung",
    "User": "Nutzer",
    "Assistant": "Assistent",
    "Next masked span": "Nächste maskierte Stelle",
    "Previous masked span": "Vorherige maskierte Stelle",
    "Browse…": "Durchsuchen…",
    "Passphrase": "Passphrase",
    "Repeat passphrase": "Passphrase wiederholen",
    "Create Profile": "Profil anlegen",
    "Cancel": "Abbrechen",
    "Try the Demo Organisation": "Demo-Organisation ausprobieren",
    "Create your profile": "Profil anlegen",
    "Reviewer id": "Prüfer-ID",
    "Passphrase strength": "Stärke der Passphrase",
    "&Reviewer id:": "&Prüfer-ID:",
    "Organisation &key:": "Organisations&schlüssel:",
    "&Passphrase:": "&Passphrase:",
    "R&epeat:": "&Wiederholen:",
    "The two passphrases differ.": "Die beiden Passphrasen stimmen nicht überein.",
    "Strong enough.": "Stark genug.",
    "Export &Results…": "&Ergebnisse exportieren…",
    "Export &Audit Log…": "&Prüfprotokoll exportieren…",
    "Unlock your profile to export results.": "Entsperren Sie Ihr Profil, um Ergebnisse zu exportieren.",
    "Audit log written to %1": "Prüfprotokoll nach %1 geschrieben",
    "Export Results": "Ergebnisse exportieren",
    "Export Audit Log": "Prüfprotokoll exportieren",
    "Nothing was exported.": "Es wurde nichts exportiert.",
    "No batch loaded": "Kein Stapel geladen",
    "Task %1 submitted": "Aufgabe %1 abgegeben",
    "&File": "&Datei",
    "&Import Batch…": "Stapel &importieren…",
    "&Lock": "&Sperren",
    "&Quit": "&Beenden",
    "&View": "&Ansicht",
    "Show &Queue": "&Warteschlange zeigen",
    "Show &Review Form": "&Bewertungsformular zeigen",
    "&Help": "&Hilfe",
    "&Keyboard Shortcuts": "&Tastenkürzel",
    "&About Veil": "Über &Veil",
    "About &Qt": "Über &Qt",
    "Batch %1 · %2 tasks · expires %3": "Stapel %1 · %2 Aufgaben · läuft ab am %3",
    "Locked": "Gesperrt",
    "Unlocked": "Entsperrt",
    "Import Batch": "Stapel importieren",
    "Batch Refused": "Stapel abgelehnt",
    "%1 was not imported.": "%1 wurde nicht importiert.",
    "Imported batch %1": "Stapel %1 importiert",
    "Queue": "Warteschlange",
    "Task queue": "Aufgabenliste",
    "Reveal %1": "%1 aufdecken",
    "Reveal policy": "Regeln zum Aufdecken",
    "Reason": "Grund",
    "Justification": "Begründung",
    "&Reason:": "&Grund:",
    "&Justification:": "&Begründung:",
    "Re&veal": "&Aufdecken",
    "Reveal": "Aufdecken",
    "✓ The justification is accepted.": "✓ Die Begründung wird akzeptiert.",
    "Not accepted yet: %1.": "Noch nicht akzeptiert: %1.",
    "1 more character needed.": "Noch 1 Zeichen nötig.",
    "%1 more characters needed.": "Noch %1 Zeichen nötig.",
    "Review": "Bewertung",
    "Submit and &Next": "Abgeben und &weiter",
    "Submit and Next": "Abgeben und weiter",
    "Draft restored": "Entwurf wiederhergestellt",
    "Draft saved at %1": "Entwurf um %1 gespeichert",
    "* needs an answer before you submit": "* vor dem Abgeben zu beantworten",
    "Mask It": "Maskieren",
    "Submitted.": "Abgegeben.",
    "Settings": "Einstellungen",
    "&Settings…": "&Einstellungen…",
    "System default": "Systemvorgabe",
    "Font size": "Schriftgröße",
    "System": "System",
    "Light": "Hell",
    "Dark": "Dunkel",
    "Theme": "Farbschema",
    "Lock after idle minutes": "Sperren nach Minuten ohne Aktivität",
    "System language": "Systemsprache",
    "Language": "Sprache",
    "&Font size:": "&Schriftgröße:",
    "&Theme:": "&Farbschema:",
    "&Lock after idle:": "&Sperren nach:",
    "L&anguage:": "Sp&rache:",
    "Keyboard Shortcuts": "Tastenkürzel",
    "Action": "Aktion",
    "Shortcut": "Tastenkürzel",
    "Opening the demo organisation…": "Demo-Organisation wird geöffnet…",
    "Locks in %1": "Sperrt in %1",
    "On task %1": "Bei der Aufgabe seit %1",
    "Reveals left: %1 task · %2 today": "Noch aufdeckbar: %1 Aufgabe · %2 heute",
    "Unlock": "Entsperren",
    "Unlock your profile": "Profil entsperren",
    "Granted vs denied": "Gewährt und abgelehnt",
    "Reveals by category": "Aufdeckungen nach Kategorie",
    "Reveals by reason code": "Aufdeckungen nach Grund",
    "granted": "gewährt",
    "denied": "abgelehnt",
    "any": "alle",
}


def main(path):
    text = open(path, encoding="utf-8").read()
    filled = 0

    def fill(match):
        nonlocal filled
        source = html.unescape(match.group(1))
        if source in DE:
            filled += 1
            return "<source>%s</source>\n        <translation>%s</translation>" % (
                match.group(1), html.escape(DE[source], quote=False))
        return match.group(0)

    text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished"></translation>', fill, text)
    open(path, "w", encoding="utf-8").write(text)
    print("filled %d translations" % filled)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/veil_de.ts")
