<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>MaskedSpanText</name>
    <message>
        <source>person&apos;s name</source>
        <translation>Name einer Person</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>credit card number</source>
        <translation>Kreditkartennummer</translation>
    </message>
    <message>
        <source>bank account number (IBAN)</source>
        <translation>Kontonummer (IBAN)</translation>
    </message>
    <message>
        <source>government ID number</source>
        <translation>Ausweisnummer</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>social media handle</source>
        <translation>Social-Media-Name</translation>
    </message>
    <message>
        <source>location coordinates</source>
        <translation>Standortkoordinaten</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>masked %1, %2</source>
        <translation>maskiert: %1, %2</translation>
    </message>
    <message>
        <source>%1 — a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, masked upstream before the batch was built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, masked by the rule “%2” (confidence %3 %).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>A review workstation that keeps personal data in chat transcripts masked until a justified, audited reveal.
Released under the %1 licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Third-party components:</source>
        <translation>Komponenten Dritter:</translation>
    </message>
</context>
<context>
    <name>veil::ui::ConversationAccessible</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
</context>
<context>
    <name>veil::ui::ConversationDelegate</name>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown · %2 s</source>
        <translation>%1 sichtbar · %2 s</translation>
    </message>
    <message>
        <source>press Return to reveal</source>
        <translation>Eingabetaste zum Aufdecken</translation>
    </message>
</context>
<context>
    <name>veil::ui::ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Select a task in the queue to read its conversation.

Personal data stays masked until you give a reason to reveal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealing a masked value needs an unlocked profile: unlock your profile and open the batch from its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is not linked to a task of the batch, so nothing in it can be revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reveal is possible now: %1</source>
        <translation>Aufdecken ist jetzt nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 is revealed for 1 more second, then masked again. Esc masks it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is revealed for %2 more seconds, then masked again. Esc masks it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::ui::ConversationView</name>
    <message>
        <source>Next masked span</source>
        <translation>Nächste maskierte Stelle</translation>
    </message>
    <message>
        <source>Previous masked span</source>
        <translation>Vorherige maskierte Stelle</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
</context>
<context>
    <name>veil::ui::CreateProfilePage</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Try the Demo Organisation</source>
        <translation>Demo-Organisation ausprobieren</translation>
    </message>
    <message>
        <source>Create your profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>Your profile keeps your keys, batches and work encrypted on this computer. Choose a passphrase only you know: nobody can recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer id</source>
        <translation>Prüfer-ID</translation>
    </message>
    <message>
        <source>as given by your organisation</source>
        <translation>wie von Ihrer Organisation vergeben</translation>
    </message>
    <message>
        <source>Organisation root key file</source>
        <translation>Stammschlüssel-Datei der Organisation</translation>
    </message>
    <message>
        <source>organisation-root.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>&amp;Reviewer id:</source>
        <translation>&amp;Prüfer-ID:</translation>
    </message>
    <message>
        <source>Organisation &amp;key:</source>
        <translation>Organisations&amp;schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>No organisation yet? The demo has synthetic conversations and public keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation Root Key</source>
        <translation>Stammschlüssel der Organisation</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a long sentence only you would write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too easy to guess. %1</source>
        <translation>Zu leicht zu erraten. %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Strong enough. Type it again to confirm.</source>
        <translation>Stark genug. Zur Bestätigung erneut eingeben.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Stark genug.</translation>
    </message>
    <message>
        <source>Choose your organisation&apos;s root key (a .pub file from your administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the organisation root key file</source>
        <translation>Stammschlüssel-Datei der Organisation suchen</translation>
    </message>
</context>
<context>
    <name>veil::ui::EnrolmentController</name>
    <message>
        <source>Export &amp;Enrolment Request…</source>
        <translation>&amp;Registrierungsanfrage exportieren…</translation>
    </message>
    <message>
        <source>Install &amp;Certificate…</source>
        <translation>&amp;Zertifikat installieren…</translation>
    </message>
    <message>
        <source>Write this workstation&apos;s signed request for your organisation to certify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the certificate your organisation issued for this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled yet: no value can be revealed until your organisation&apos;s certificate is installed (File → Export Enrolment Request…, then Install Certificate…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your profile first.</source>
        <translation>Entsperren Sie zuerst Ihr Profil.</translation>
    </message>
    <message>
        <source>Enrolment request written to %1; send it to your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled as %1 (%2) until %3</source>
        <translation>Registriert als %1 (%2) bis %3</translation>
    </message>
    <message>
        <source>Export Enrolment Request</source>
        <translation>Registrierungsanfrage exportieren</translation>
    </message>
    <message>
        <source>Veil enrolment requests (*.veilrequest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Certificate</source>
        <translation>Zertifikat installieren</translation>
    </message>
    <message>
        <source>Veil certificates (*.veilcert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Refused</source>
        <translation>Zertifikat abgelehnt</translation>
    </message>
</context>
<context>
    <name>veil::ui::ExportController</name>
    <message>
        <source>Export &amp;Results…</source>
        <translation>&amp;Ergebnisse exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Audit Log…</source>
        <translation>&amp;Prüfprotokoll exportieren…</translation>
    </message>
    <message>
        <source>Unlock your profile to export results.</source>
        <translation>Entsperren Sie Ihr Profil, um Ergebnisse zu exportieren.</translation>
    </message>
    <message>
        <source>Choose a task of the batch whose results you want to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of batch %1 written to %2</source>
        <translation>Ergebnisse von Stapel %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Unlock your profile to export its audit log.</source>
        <translation>Entsperren Sie Ihr Profil, um sein Prüfprotokoll zu exportieren.</translation>
    </message>
    <message>
        <source>Audit log written to %1</source>
        <translation>Prüfprotokoll nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Veil results (*.veilresults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>Veil audit exports (*.veilaudit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>veil::ui::FlagSettingsDialog</name>
    <message>
        <source>Flag thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer is flagged when a rule&apos;s threshold is reached. Share-based rules apply only to reviewers with at least the minimum number of events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High reveal rate: robust z-score (median/MAD) at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and times the team&apos;s median rate at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy-pasted justification: the same text on this many tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low effort: justifications shorter than (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…on at least this share of the reviewer&apos;s reveals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst: this many reveals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…within this many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied then granted: at least this many retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and this share of the granted reveals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review activity: reveals on tasks never submitted, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and this share of the reviewer&apos;s reveals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare category: under this share of the team&apos;s reveals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…revealed at least this many times by one reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum events of a reviewer for share-based rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::ui::MainWindow</name>
    <message>
        <source>Demo organisation — synthetic data and public demo keys. Never use for real conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch loaded</source>
        <translation>Kein Stapel geladen</translation>
    </message>
    <message>
        <source>Task %1 submitted</source>
        <translation>Aufgabe %1 abgegeben</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Batch…</source>
        <translation>Stapel &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Queue</source>
        <translation>&amp;Warteschlange zeigen</translation>
    </message>
    <message>
        <source>Show &amp;Review Form</source>
        <translation>&amp;Bewertungsformular zeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Veil</source>
        <translation>Über &amp;Veil</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Batch %1 · %2 tasks · expires %3</source>
        <translation>Stapel %1 · %2 Aufgaben · läuft ab am %3</translation>
    </message>
    <message>
        <source>All tasks are submitted. Export the results from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Removed expired batches: %1</source>
        <translation>Abgelaufene Stapel entfernt: %1</translation>
    </message>
    <message>
        <source>Import Batch</source>
        <translation>Stapel importieren</translation>
    </message>
    <message>
        <source>Veil batches (*.veilbatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Refused</source>
        <translation>Stapel abgelehnt</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Imported batch %1</source>
        <translation>Stapel %1 importiert</translation>
    </message>
    <message>
        <source>Task %1 submitted; 1 value in its notes will be masked on export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 submitted; %2 values in its notes will be masked on export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::ui::QueuePane</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>No batches yet.

Batches you import appear here with their tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task queue</source>
        <translation>Aufgabenliste</translation>
    </message>
</context>
<context>
    <name>veil::ui::RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>%1 aufdecken</translation>
    </message>
    <message>
        <source>Reveal %1, a masked %2?</source>
        <translation>%1 aufdecken, maskiert: %2?</translation>
    </message>
    <message>
        <source>Reveal policy</source>
        <translation>Regeln zum Aufdecken</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why can this task not be judged without the value? Your supervisor reads this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Aufdecken</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>No reveals left for this task (%1 allowed per task).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reveals left today (%1 allowed per day).</source>
        <translation>Heute kein Aufdecken mehr möglich (%1 pro Tag erlaubt).</translation>
    </message>
    <message>
        <source>Reveals left: %1 of %2 for this task, %3 of %4 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The justification is accepted.</source>
        <translation>✓ Die Begründung wird akzeptiert.</translation>
    </message>
    <message>
        <source>Not accepted yet: %1.</source>
        <translation>Noch nicht akzeptiert: %1.</translation>
    </message>
    <message>
        <source>1 more character needed.</source>
        <translation>Noch 1 Zeichen nötig.</translation>
    </message>
    <message>
        <source>%1 more characters needed.</source>
        <translation>Noch %1 Zeichen nötig.</translation>
    </message>
</context>
<context>
    <name>veil::ui::ReviewFormPane</name>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>The review form for the selected task appears here: ratings, labels and notes from the batch&apos;s rubric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit and &amp;Next</source>
        <translation>Abgeben und &amp;weiter</translation>
    </message>
    <message>
        <source>Submit and Next</source>
        <translation>Abgeben und weiter</translation>
    </message>
    <message>
        <source>Submit this task&apos;s answers and open the next task (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch&apos;s review form cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task was submitted. Its answers go into the batch&apos;s results export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved draft could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Entwurf wiederhergestellt</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
    <message>
        <source>Not submitted yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Nicht abgegeben: %1</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Abgegeben.</translation>
    </message>
    <message>
        <source>1 value masked</source>
        <translation>1 Wert maskiert</translation>
    </message>
    <message>
        <source>%1 values masked</source>
        <translation>%1 Werte maskiert</translation>
    </message>
</context>
<context>
    <name>veil::ui::RubricFormView</name>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* needs an answer before you submit</source>
        <translation type="unfinished">* vor dem Abgeben zu beantworten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask It</source>
        <translation type="unfinished">Maskieren</translation>
    </message>
    <message>
        <source>Replace the personal data in this note with placeholders such as [PHONE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like personal data (%1). Notes must not contain any; mask it, or it is masked on export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::ui::SessionChrome</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>veil::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Sperren nach Minuten ohne Aktivität</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Sperren nach:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>The session locks after this many minutes without keyboard or mouse activity; a shown value is masked again at once. A new language applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>veil::ui::StartScreen</name>
    <message>
        <source>Creating your profile. Deriving a key from your passphrase takes a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking. Deriving a key from your passphrase takes a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the demo organisation…</source>
        <translation>Demo-Organisation wird geöffnet…</translation>
    </message>
    <message>
        <source>The demo could not be opened: %1</source>
        <translation>Die Demo konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>veil::ui::SupervisorCharts</name>
    <message>
        <source>Reveals per day (most active reviewers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveals by category</source>
        <translation>Aufdeckungen nach Kategorie</translation>
    </message>
    <message>
        <source>Reveals by reason code</source>
        <translation>Aufdeckungen nach Grund</translation>
    </message>
    <message>
        <source>Granted vs denied</source>
        <translation>Gewährt und abgelehnt</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::ui::SupervisorConsole</name>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Import audit exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-Bericht…</translation>
    </message>
    <message>
        <source>Flag thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop .veilaudit files or folders here, or use Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Events and flags</source>
        <translation>Ereignisse und Hinweise</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>The summary of the last import appears here, one line per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted and denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search justifications</source>
        <translation>Begründungen durchsuchen</translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Flags&lt;/b&gt; — select one to see its events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Select an event to see it with its task&apos;s other events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 events to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit exports (*.veilaudit);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of audit exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all reviewers</source>
        <translation>alle Prüfer</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>alle Kategorien</translation>
    </message>
    <message>
        <source>all reason codes</source>
        <translation>alle Gründe</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewer is flagged under the current thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: %1 (workstation %2, entry %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1, task %2, span %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal decisions on this task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing and verifying…</source>
        <translation>Importieren und prüfen…</translation>
    </message>
</context>
<context>
    <name>veil::ui::UnlockPage</name>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>New Profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <source>Try the Demo Organisation</source>
        <translation>Demo-Organisation ausprobieren</translation>
    </message>
    <message>
        <source>Unlock Veil</source>
        <translation>Veil entsperren</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Profile of &lt;b&gt;%1&lt;/b&gt;. Enter your passphrase to start working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait %1 s before the next attempt.</source>
        <translation>Warten Sie %1 s bis zum nächsten Versuch.</translation>
    </message>
</context>
<context>
    <name>veil::ui::WorkStatus</name>
    <message>
        <source>Reveals the policy still allows for this task and for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent on the task shown</source>
        <translation>Zeit bei der angezeigten Aufgabe</translation>
    </message>
    <message>
        <source>The session locks after this much time without keyboard or mouse activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveals left: %1 task · %2 today</source>
        <translation>Noch aufdeckbar: %1 Aufgabe · %2 heute</translation>
    </message>
    <message>
        <source>Locks in %1</source>
        <translation>Sperrt in %1</translation>
    </message>
    <message>
        <source>On task %1</source>
        <translation>Bei der Aufgabe seit %1</translation>
    </message>
</context>
</TS>
