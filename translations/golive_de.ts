<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actor</name>
    <message>
        <source>%1 (program)</source>
        <translation>%1 (Programm)</translation>
    </message>
    <message>
        <source>%1 (program, %2)</source>
        <translation>%1 (Programm, %2)</translation>
    </message>
    <message>
        <source>%1 (system)</source>
        <translation>%1 (System)</translation>
    </message>
</context>
<context>
    <name>AuditStatusLabel</name>
    <message>
        <source> at event #%1</source>
        <translation> bei Ereignis #%1</translation>
    </message>
    <message>
        <source>Audit trail: checking… (%1)</source>
        <translation>Prüfpfad: wird geprüft… (%1)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;✔ Audit trail intact&lt;/span&gt; (%1)</source>
        <translation>&lt;span style=&apos;color:#1b5e20&apos;&gt;✔ Prüfpfad unversehrt&lt;/span&gt; (%1)</translation>
    </message>
    <message>
        <source>The SHA-256 chain, the stored checklist text and the shown state were checked up to event #%1; later events are checked on the next check (File → Verify audit trail).</source>
        <translation>Die SHA-256-Kette, der gespeicherte Checklistentext und der angezeigte Stand wurden bis Ereignis #%1 geprüft; spätere Ereignisse werden bei der nächsten Prüfung geprüft (Datei → Prüfpfad verifizieren).</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b71c1c&apos;&gt;✖ AUDIT TRAIL BROKEN%1 — not writing&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b71c1c&apos;&gt;✖ PRÜFPFAD GEBROCHEN%1 — es wird nicht geschrieben&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BConnectCollector</name>
    <message>
        <source>the answer is not a list of job instances (bConnect v1.0)</source>
        <translation>die Antwort ist keine Liste von Job-Instanzen (bConnect v1.0)</translation>
    </message>
    <message>
        <source>no &quot;data&quot; list and &quot;hasNextPage&quot; in the answer (bConnect v2.0)</source>
        <translation>keine „data“-Liste und kein „hasNextPage“ in der Antwort (bConnect v2.0)</translation>
    </message>
    <message>
        <source>asked for page %1, the server sent page %2</source>
        <translation>Seite %1 angefordert, der Server schickte Seite %2</translation>
    </message>
    <message>
        <source>a job instance is not an object</source>
        <translation>eine Job-Instanz ist kein Objekt</translation>
    </message>
    <message>
        <source>job instance %1 has no %2</source>
        <translation>Job-Instanz %1 hat kein %2</translation>
    </message>
    <message>
        <source>job instance %1: %2 is not a time</source>
        <translation>Job-Instanz %1: %2 ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>job instance %1 has no state</source>
        <translation>Job-Instanz %1 hat keinen Status</translation>
    </message>
    <message>
        <source>job instance %1 has no BmsNetState</source>
        <translation>Job-Instanz %1 hat keinen BmsNetState</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n Seite gelesen</numerusform>
            <numerusform>%n Seiten gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n page(s): stopped, a count of the first %n would be partial (raise &quot;maxPages&quot; if this is expected)</source>
        <translation>
            <numerusform>mehr als %n Seite: abgebrochen, eine Zählung der ersten Seite wäre unvollständig („maxPages“ erhöhen, wenn das zu erwarten ist)</numerusform>
            <numerusform>mehr als %n Seiten: abgebrochen, eine Zählung der ersten %n wäre unvollständig („maxPages“ erhöhen, wenn das zu erwarten ist)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartRange</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Since T0</source>
        <translation>Seit T0</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENZ</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>CheckRound</name>
    <message numerus="yes">
        <source> (%n attempts)</source>
        <translation>
            <numerusform> (%n Versuch)</numerusform>
            <numerusform> (%n Versuche)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistDesk</name>
    <message>
        <source>There is no item %1 to tick in this checklist.</source>
        <translation>In dieser Checkliste gibt es keinen Punkt %1 zum Abhaken.</translation>
    </message>
    <message>
        <source>There is no item %1 in this checklist.</source>
        <translation>In dieser Checkliste gibt es keinen Punkt %1.</translation>
    </message>
    <message>
        <source>There is no field %1 on item %2.</source>
        <translation>Punkt %2 hat kein Feld %1.</translation>
    </message>
    <message>
        <source>tick</source>
        <translation>Abhaken</translation>
    </message>
    <message>
        <source>untick</source>
        <translation>Haken entfernen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>This item was changed again after your change (#%1); undo would overwrite that, so nothing was done.</source>
        <translation>Dieser Punkt wurde nach Ihrer Änderung erneut geändert (#%1); Rückgängigmachen würde das überschreiben, daher wurde nichts getan.</translation>
    </message>
    <message>
        <source>The embedded default checklist is missing from this build.</source>
        <translation>Die eingebettete Standard-Checkliste fehlt in diesem Build.</translation>
    </message>
    <message numerus="yes">
        <source>%1 would leave the checklist %n item(s) that are ticked, noted or filled in:
%3
Their history stays in the audit trail. Import with --force to go ahead.</source>
        <translation>
            <numerusform>Mit %1 verlöre die Checkliste %n Punkt, der abgehakt, notiert oder ausgefüllt ist:
%3
Sein Verlauf bleibt im Prüfpfad. Mit --force importieren, um fortzufahren.</numerusform>
            <numerusform>Mit %1 verlöre die Checkliste %n Punkte, die abgehakt, notiert oder ausgefüllt sind:
%3
Ihr Verlauf bleibt im Prüfpfad. Mit --force importieren, um fortzufahren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistField</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 takes one line of text</source>
        <translation>%1 nimmt eine Zeile Text auf</translation>
    </message>
    <message>
        <source>%1 is a count: a whole number of 0 or more, not &quot;%2&quot;</source>
        <translation>%1 ist eine Anzahl: eine ganze Zahl ab 0, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is a number of %2 (0 or more), not &quot;%3&quot;</source>
        <translation>%1 ist eine Zahl in %2 (ab 0), nicht „%3“</translation>
    </message>
    <message>
        <source>%1 is a percentage from 0 to 100, not &quot;%2&quot;</source>
        <translation>%1 ist ein Prozentwert von 0 bis 100, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is a date and time such as 2026-11-26T14:00:00Z, not &quot;%2&quot;</source>
        <translation>%1 ist ein Datum mit Uhrzeit wie 2026-11-26T14:00:00Z, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is a date such as 2026-11-26, not &quot;%2&quot;</source>
        <translation>%1 ist ein Datum wie 2026-11-26, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is a time of day such as 14:30, not &quot;%2&quot;</source>
        <translation>%1 ist eine Uhrzeit wie 14:30, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is one of %2, not &quot;%3&quot;</source>
        <translation>%1 ist eines von %2, nicht „%3“</translation>
    </message>
</context>
<context>
    <name>ChecklistLimits</name>
    <message>
        <source>%1: line %2 is %3 bytes long; a checklist line may be at most %4 bytes. Nothing was imported.</source>
        <translation>%1: Zeile %2 ist %3 Bytes lang; eine Zeile einer Checkliste darf höchstens %4 Bytes lang sein. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: line %2 holds %3 blanks; a checklist line may hold at most %4. Nothing was imported.</source>
        <translation>%1: Zeile %2 enthält %3 Felder zum Ausfüllen; eine Zeile einer Checkliste darf höchstens %4 enthalten. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 items (line %3 is one too many); a checklist may hold at most %2. Nothing was imported.</source>
        <translation>%1 enthält mehr als %2 Punkte (Zeile %3 ist einer zu viel); eine Checkliste darf höchstens %2 enthalten. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>All items</source>
        <translation>Alle Punkte</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <source>Done items</source>
        <translation>Erledigte Punkte</translation>
    </message>
    <message>
        <source>Search the checklist (Ctrl+F)</source>
        <translation>Checkliste durchsuchen (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s) done (%p%) — %2</source>
        <translation>
            <numerusform>%1 von %n Aufgabe erledigt (%p %) — %2</numerusform>
            <numerusform>%1 von %n Aufgaben erledigt (%p %) — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistTreeModel</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>The checklist says: %1</source>
        <translation>Die Checkliste sagt: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Not yet shared: made while the team record could not be reached; shared when the server answers.</source>
        <translation>Noch nicht geteilt: gemacht, während das Team-Protokoll nicht erreichbar war; wird geteilt, sobald der Server antwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%1/%n step(s)</source>
        <translation>
            <numerusform>%1/%n Schritt</numerusform>
            <numerusform>%1/%n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>  (state carried over)</source>
        <translation>  (Stand übernommen)</translation>
    </message>
    <message>
        <source>import takes one Markdown file: golive import FILE.md</source>
        <translation>import nimmt genau eine Markdown-Datei: golive import DATEI.md</translation>
    </message>
    <message>
        <source>%1 is already the checklist in use; nothing changed.</source>
        <translation>%1 ist bereits die verwendete Checkliste; nichts geändert.</translation>
    </message>
    <message>
        <source>  moved    %1 -&gt; %2  &quot;%3&quot;</source>
        <translation>  verschoben  %1 -&gt; %2  „%3“</translation>
    </message>
    <message>
        <source>  renamed  %1 -&gt; %2  &quot;%3&quot; -&gt; &quot;%4&quot; (%5 % alike)</source>
        <translation>  umbenannt   %1 -&gt; %2  „%3“ -&gt; „%4“ (%5 % ähnlich)</translation>
    </message>
    <message>
        <source>  removed  %1  &quot;%2&quot;</source>
        <translation>  entfernt    %1  „%2“</translation>
    </message>
    <message>
        <source>  (had state; kept in the audit trail)</source>
        <translation>  (hatte einen Stand; bleibt im Prüfpfad)</translation>
    </message>
    <message>
        <source>  added    %1  &quot;%2&quot;</source>
        <translation>  hinzugefügt %1  „%2“</translation>
    </message>
    <message>
        <source>export takes no arguments; use --format and --output</source>
        <translation>export nimmt keine Argumente; verwenden Sie --format und --output</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;: use markdown, json or trail</source>
        <translation>unbekanntes Exportformat „%1“: markdown, json oder trail verwenden</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>konnte nicht in die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 needs an item: an id or a unique part of its text</source>
        <translation>%1 braucht einen Punkt: eine ID oder einen eindeutigen Teil seines Texts</translation>
    </message>
    <message>
        <source>no item matches &quot;%1&quot;</source>
        <translation>kein Punkt passt zu „%1“</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … und %1 weitere</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is a %3, not an item that can be ticked</source>
        <translation>„%1“ (%2) ist ein(e) %3, kein Punkt, der abgehakt werden kann</translation>
    </message>
    <message>
        <source>Already ticked: %1  %2</source>
        <translation>Bereits abgehakt: %1  %2</translation>
    </message>
    <message>
        <source>Already open: %1  %2</source>
        <translation>Bereits offen: %1  %2</translation>
    </message>
    <message>
        <source>Ticked: %1  %2</source>
        <translation>Abgehakt: %1  %2</translation>
    </message>
    <message>
        <source>Unticked: %1  %2</source>
        <translation>Haken entfernt: %1  %2</translation>
    </message>
    <message>
        <source>verify takes no arguments</source>
        <translation>verify nimmt keine Argumente</translation>
    </message>
    <message>
        <source>the audit trail of %1 is BROKEN. First bad event: #%2: %3</source>
        <translation>der Prüfpfad von %1 ist GEBROCHEN. Erstes fehlerhaftes Ereignis: #%2: %3</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>T0 planned:  %1</source>
        <translation>T0 geplant: %1</translation>
    </message>
    <message>
        <source>T0 recorded: %1</source>
        <translation>T0 erfasst: %1</translation>
    </message>
    <message>
        <source>use: golive t0 | golive t0 plan TIME | golive t0 record [TIME|now] (TIME in ISO 8601, e.g. 2026-12-03T18:00:00Z)</source>
        <translation>Aufruf: golive t0 | golive t0 plan ZEIT | golive t0 record [ZEIT|now] (ZEIT in ISO 8601, z. B. 2026-12-03T18:00:00Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-12-03T18:00:00Z</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit wie 2026-12-03T18:00:00Z</translation>
    </message>
    <message>
        <source>T0 planned: %1</source>
        <translation>T0 geplant: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; commands are: %2 (see golive --help)</source>
        <translation>unbekannter Befehl „%1“; die Befehle sind: %2 (siehe golive --help)</translation>
    </message>
    <message>
        <source>WARNING: the audit trail of %1 could not be checked (%2); what was printed may not be what was recorded.</source>
        <translation>WARNUNG: Der Prüfpfad von %1 konnte nicht geprüft werden (%2); das Ausgegebene entspricht möglicherweise nicht dem Aufgezeichneten.</translation>
    </message>
    <message>
        <source>WARNING: the audit trail of %1 does not verify (first bad event: #%2: %3). What was printed is what the record holds now, not necessarily what was recorded. Run golive verify.</source>
        <translation>WARNUNG: Der Prüfpfad von %1 besteht die Prüfung nicht (erstes fehlerhaftes Ereignis: #%2: %3). Ausgegeben wurde, was das Protokoll jetzt enthält, nicht unbedingt, was aufgezeichnet wurde. Führen Sie golive verify aus.</translation>
    </message>
    <message>
        <source>Imported %1: %2, %3 (%4).</source>
        <translation>%1 importiert: %2, %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list item(s)</source>
        <translation>
            <numerusform>%n Listeneintrag</numerusform>
            <numerusform>%n Listeneinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n items; name one by its id:
%2</source>
        <translation>
            <numerusform>„%1“ passt zu %n Punkt; nennen Sie einen über seine ID:
%2</numerusform>
            <numerusform>„%1“ passt zu %n Punkten; nennen Sie einen über seine ID:
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail of %1 is intact: %2, %n signature(s) checked against the content they cover.</source>
        <translation>
            <numerusform>Prüfpfad von %1 ist unversehrt: %2, %n Unterschrift gegen den unterschriebenen Inhalt geprüft.</numerusform>
            <numerusform>Prüfpfad von %1 ist unversehrt: %2, %n Unterschriften gegen den unterschriebenen Inhalt geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>set needs an item, a field and a value: golive set ITEM FIELD VALUE (FIELD is a key such as f0 or the words before the blank)</source>
        <translation>set braucht einen Punkt, ein Feld und einen Wert: golive set PUNKT FELD WERT (FELD ist ein Schlüssel wie f0 oder die Wörter vor dem Feld)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) has no blanks to fill</source>
        <translation>„%1“ (%2) hat keine Felder zum Ausfüllen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of &quot;%2&quot;; its fields:
%3</source>
        <translation>„%1“ ist kein Feld von „%2“; seine Felder:
%3</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n fields of &quot;%2&quot;; name one by its key:
%3</source>
        <translation>
            <numerusform>„%1“ benennt %n Feld von „%2“; nennen Sie eines über seinen Schlüssel:
%3</numerusform>
            <numerusform>„%1“ benennt %n Felder von „%2“; nennen Sie eines über seinen Schlüssel:
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Already so: %1  %2: %3</source>
        <translation>Schon so: %1  %2: %3</translation>
    </message>
    <message>
        <source>Set: %1  %2: %3</source>
        <translation>Gesetzt: %1  %2: %3</translation>
    </message>
    <message>
        <source>Note recorded: %1</source>
        <translation>Notiz aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>WARNUNG: %1</translation>
    </message>
    <message>
        <source>the audit trail of %1 is intact, but %2:</source>
        <translation>das Prüfprotokoll von %1 ist unversehrt, aber %2:</translation>
    </message>
    <message>
        <source>the audit trail of %1 is intact up to its head %2, but it is not the record the anchors were taken from:</source>
        <translation>das Prüfprotokoll von %1 ist bis zu seinem Kopf %2 intakt, aber es ist nicht der Datensatz, von dem die Anker stammen:</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) found in it with their hash.</source>
        <translation>
            <numerusform>%n Anker mit seinem Hash darin gefunden.</numerusform>
            <numerusform>%n Anker mit ihrem Hash darin gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Kopf: %1</translation>
    </message>
</context>
<context>
    <name>CollectCommand</name>
    <message>
        <source>--since and --until take an ISO 8601 time such as 2026-11-26T18:00:00Z</source>
        <translation>--since und --until nehmen eine ISO-8601-Zeit wie 2026-11-26T18:00:00Z</translation>
    </message>
    <message>
        <source>--since must be before --until</source>
        <translation>--since muss vor --until liegen</translation>
    </message>
    <message>
        <source>%1: collector &quot;%2&quot;: %3</source>
        <translation>%1: Kollektor „%2“: %3</translation>
    </message>
    <message>
        <source>Window %1 to %2 (UTC)</source>
        <translation>Zeitfenster %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>No collectors in %1: add a &quot;collectors&quot; list (see the README).</source>
        <translation>Keine Kollektoren in %1: fügen Sie eine „collectors“-Liste hinzu (siehe README).</translation>
    </message>
    <message>
        <source>FIGURE</source>
        <translation>KENNZAHL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>SOURCE AND TIME, OR WHY THERE IS NO VALUE</source>
        <translation>QUELLE UND ZEIT, ODER WARUM ES KEINEN WERT GIBT</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Body)</translation>
    </message>
    <message>
        <source>the window is empty: since must be before until</source>
        <translation>das Zeitfenster ist leer: since muss vor until liegen</translation>
    </message>
    <message>
        <source>HTTP 401: the credentials were refused (missing or wrong): %1</source>
        <translation>HTTP 401: die Zugangsdaten wurden abgelehnt (fehlen oder falsch): %1</translation>
    </message>
    <message>
        <source>HTTP 403: the credentials may not read this: %1</source>
        <translation>HTTP 403: die Zugangsdaten dürfen dies nicht lesen: %1</translation>
    </message>
    <message>
        <source>HTTP 404: no such address here (API disabled or another version?): %1</source>
        <translation>HTTP 404: diese Adresse gibt es hier nicht (API abgeschaltet oder eine andere Version?): %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB; it was not read</source>
        <translation>die Antwort ist größer als %1 MiB; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at offset %2): %3</source>
        <translation>die Antwort ist kein JSON (%1 bei Offset %2): %3</translation>
    </message>
</context>
<context>
    <name>CollectorDefinition</name>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>timeout must be from 100ms to 10m, such as 10 or &quot;10s&quot;</source>
        <translation>timeout muss zwischen 100ms und 10m liegen, etwa 10 oder &quot;10s&quot;</translation>
    </message>
    <message>
        <source>no url</source>
        <translation>keine url</translation>
    </message>
    <message>
        <source>headers must be an object of name: value</source>
        <translation>headers muss ein Objekt aus Name: Wert sein</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; needs a text value</source>
        <translation>Header „%1“ braucht einen Textwert</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>the value of header %1 has a line break</source>
        <translation>der Wert von Header %1 enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>tlsVerify must be true or false</source>
        <translation>tlsVerify muss true oder false sein</translation>
    </message>
    <message>
        <source>version must be &quot;1.0&quot; or &quot;2.0&quot;</source>
        <translation>version muss &quot;1.0&quot; oder &quot;2.0&quot; sein</translation>
    </message>
    <message>
        <source>no collection</source>
        <translation>keine collection</translation>
    </message>
    <message>
        <source>bad url: write the service&apos;s base address, such as http://localhost:5678</source>
        <translation>ungültige url: die Basisadresse des Dienstes angeben, etwa http://localhost:5678</translation>
    </message>
    <message>
        <source>no sql (a query that returns one number)</source>
        <translation>keine sql (eine Abfrage, die eine Zahl liefert)</translation>
    </message>
    <message>
        <source>bad target: write host:port, such as localhost:5432</source>
        <translation>ungültiges target: host:port angeben, etwa localhost:5432</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (use n8n-executions, n8n-workflows, freescout-conversations, bconnect-jobs, postgres-query or milvus-entities)</source>
        <translation>unbekannte Art „%1“ (n8n-executions, n8n-workflows, freescout-conversations, bconnect-jobs, postgres-query oder milvus-entities verwenden)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for a %2 collector</source>
        <translation>unbekanntes Feld „%1“ für einen %2-Kollektor</translation>
    </message>
    <message>
        <source>not configured: set </source>
        <translation>nicht eingerichtet: setzen Sie </translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a service catalogue.</source>
        <translation>%1 ist ein Ordner, kein Dienstkatalog.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; a service catalogue may be at most 1 MiB.</source>
        <translation>%1 ist größer als 1 MiB; ein Dienstkatalog darf höchstens 1 MiB groß sein.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 (offset %3).</source>
        <translation>%1 ist kein JSON-Objekt: %2 (Offset %3).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by collector #%2</source>
        <translation>der Name „%1“ wird bereits von Kollektor #%2 verwendet</translation>
    </message>
    <message>
        <source>service catalogue</source>
        <translation>Dienstkatalog</translation>
    </message>
</context>
<context>
    <name>CollisionsDialog</name>
    <message>
        <source>Changes that met another desk&apos;s change</source>
        <translation>Änderungen, die auf die Änderung eines anderen Arbeitsplatzes trafen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours:&lt;/b&gt; %1 — made offline at %2%3</source>
        <translation>&lt;b&gt;Ihre:&lt;/b&gt; %1 — offline gemacht um %2%3</translation>
    </message>
    <message>
        <source>, shared at %1</source>
        <translation>, geteilt um %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs:&lt;/b&gt; %1 — %2 at %3</source>
        <translation>&lt;b&gt;Die andere:&lt;/b&gt; %1 — %2 um %3</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Yours is the later change and stands; nothing more is written.</source>
        <translation>Ihre ist die spätere Änderung und gilt; es wird nichts weiter geschrieben.</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Die andere übernehmen</translation>
    </message>
    <message>
        <source>Writes their value again, as your new change.</source>
        <translation>Schreibt deren Wert erneut, als Ihre neue Änderung.</translation>
    </message>
    <message>
        <source>Changes made on this desk while the team record could not be reached met another desk&apos;s change to the same thing. Both are in the record, yours after theirs, so yours stands unless you take theirs. Closing this list keeps yours.</source>
        <translation>Änderungen, die an diesem Arbeitsplatz gemacht wurden, während das Team-Protokoll nicht erreichbar war, trafen auf die Änderung eines anderen Arbeitsplatzes an derselben Stelle. Beide stehen im Protokoll, Ihre nach der anderen; Ihre gilt also, solange Sie nicht die andere übernehmen. Wenn Sie diese Liste schließen, bleibt Ihre.</translation>
    </message>
</context>
<context>
    <name>CommandProbe</name>
    <message>
        <source>`%1` not found: it is not installed, or not on PATH</source>
        <translation>`%1` nicht gefunden: nicht installiert oder nicht im PATH</translation>
    </message>
    <message>
        <source>`%1` cannot be run: permission denied</source>
        <translation>`%1` kann nicht ausgeführt werden: keine Berechtigung</translation>
    </message>
    <message>
        <source>the Docker daemon is not running: no socket at %1</source>
        <translation>der Docker-Daemon läuft nicht: kein Socket unter %1</translation>
    </message>
    <message>
        <source>permission to the Docker socket %1 denied: add the user to the docker group</source>
        <translation>Zugriff auf den Docker-Socket %1 verweigert: den Benutzer zur Gruppe docker hinzufügen</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>`docker compose` is not installed: Docker has no Compose plugin (docker-compose-plugin)</source>
        <translation>`docker compose` ist nicht installiert: Docker hat kein Compose-Plugin (docker-compose-plugin)</translation>
    </message>
</context>
<context>
    <name>CommandView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this command to the clipboard</source>
        <translation>Diesen Befehl in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 bei Offset %2</translation>
    </message>
    <message>
        <source>empty condition</source>
        <translation>leere Bedingung</translation>
    </message>
    <message>
        <source>%1 at position %2 in &quot;%3&quot;</source>
        <translation>%1 an Position %2 in „%3“</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>unerwartetes Ende</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>expected a placeholder such as [STATUS]</source>
        <translation>Platzhalter wie [STATUS] erwartet</translation>
    </message>
    <message>
        <source>unknown function %1()</source>
        <translation>unbekannte Funktion %1()</translation>
    </message>
    <message>
        <source>expected a placeholder such as [BODY]</source>
        <translation>Platzhalter wie [BODY] erwartet</translation>
    </message>
    <message>
        <source>has() works only on [BODY]</source>
        <translation>has() geht nur mit [BODY]</translation>
    </message>
    <message>
        <source>unclosed [</source>
        <translation>nicht geschlossenes [</translation>
    </message>
    <message>
        <source>unknown placeholder [%1]</source>
        <translation>unbekannter Platzhalter [%1]</translation>
    </message>
    <message>
        <source>missing field name after &apos;.&apos;</source>
        <translation>Feldname nach „.“ fehlt</translation>
    </message>
    <message>
        <source>expected an array index such as [0]</source>
        <translation>Array-Index wie [0] erwartet</translation>
    </message>
    <message>
        <source>a JSON path works only on [BODY]</source>
        <translation>ein JSON-Pfad geht nur mit [BODY]</translation>
    </message>
    <message>
        <source>missing operator (== != &lt; &lt;= &gt; &gt;=)</source>
        <translation>Operator fehlt (== != &lt; &lt;= &gt; &gt;=)</translation>
    </message>
    <message>
        <source>unexpected &apos;=&apos; (use ==)</source>
        <translation>unerwartetes „=“ (== verwenden)</translation>
    </message>
    <message>
        <source>missing value after the operator</source>
        <translation>Wert nach dem Operator fehlt</translation>
    </message>
    <message>
        <source>a placeholder cannot be on the right</source>
        <translation>ein Platzhalter kann nicht rechts stehen</translation>
    </message>
    <message>
        <source>any() works only with == or !=</source>
        <translation>any() geht nur mit == oder !=</translation>
    </message>
    <message>
        <source>unclosed any(</source>
        <translation>nicht geschlossenes any(</translation>
    </message>
    <message>
        <source>unclosed &quot;</source>
        <translation>nicht geschlossenes &quot;</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>Wert fehlt</translation>
    </message>
    <message>
        <source>there was no HTTP answer</source>
        <translation>es gab keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>no response time was measured</source>
        <translation>es wurde keine Antwortzeit gemessen</translation>
    </message>
    <message>
        <source>the program did not exit normally</source>
        <translation>das Programm wurde nicht normal beendet</translation>
    </message>
    <message>
        <source>the body was cut at 1 MiB, so its whole text is not known</source>
        <translation>der Body wurde bei 1 MiB abgeschnitten, sein ganzer Text ist daher nicht bekannt</translation>
    </message>
    <message>
        <source>the body was cut at 1 MiB and is not complete JSON</source>
        <translation>der Body wurde bei 1 MiB abgeschnitten und ist kein vollständiges JSON</translation>
    </message>
    <message>
        <source> (the body is not JSON)</source>
        <translation> (der Body ist kein JSON)</translation>
    </message>
    <message>
        <source>the body is not JSON (%1)</source>
        <translation>der Body ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>no %1 %2 in the body</source>
        <translation>kein %1 %2 im Body</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>len() needs an array, a string or an object, but %1 is %2</source>
        <translation>len() braucht ein Array, einen String oder ein Objekt, aber %1 ist %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>%1 failed: the condition does not parse</source>
        <translation>%1 nicht erfüllt: die Bedingung ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 nicht erfüllt: %2</translation>
    </message>
    <message>
        <source>%1 failed: was %2%3</source>
        <translation>%1 nicht erfüllt: war %2%3</translation>
    </message>
</context>
<context>
    <name>ConfirmPointDialog</name>
    <message>
        <source>✔ Met</source>
        <translation>✔ Erfüllt</translation>
    </message>
    <message>
        <source>✘ Not met</source>
        <translation>✘ Nicht erfüllt</translation>
    </message>
    <message>
        <source>Confirm a success criterion</source>
        <translation>Erfolgskriterium bestätigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&amp;Note (required when not met):</source>
        <translation>&amp;Notiz (Pflicht, wenn nicht erfüllt):</translation>
    </message>
    <message>
        <source>Choose met or not met.</source>
        <translation>Wählen Sie „erfüllt“ oder „nicht erfüllt“.</translation>
    </message>
    <message>
        <source>Say why it is not met.</source>
        <translation>Begründen Sie, warum es nicht erfüllt ist.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>PGPASSWORD or ~/.pgpass</source>
        <translation>PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>the OS keychain, secret named</source>
        <translation>dem Schlüsselbund des Betriebssystems, Geheimnis namens</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to team record</source>
        <translation>Mit Team-Protokoll verbinden</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>golive_launch</source>
        <translation>golive_launch</translation>
    </message>
    <message>
        <source>TLS when the server offers it</source>
        <translation>TLS, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS erforderlich</translation>
    </message>
    <message>
        <source>TLS, check the server&apos;s certificate and name</source>
        <translation>TLS, Zertifikat und Namen des Servers prüfen</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The password is never typed here: store it with Tools → Store a secret in the keychain…, or give it to PostgreSQL through PGPASSWORD or ~/.pgpass.</source>
        <translation>Das Passwort wird hier nie eingegeben: Speichern Sie es mit Werkzeuge → Geheimnis im Schlüsselbund speichern…, oder geben Sie es PostgreSQL über PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS:</translation>
    </message>
    <message>
        <source>Password from:</source>
        <translation>Passwort aus:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Details set here are kept in the launch record; the checklist&apos;s own contact blanks are used until then.</source>
        <translation>Hier eingetragene Angaben werden im Launch-Protokoll gespeichert; bis dahin gelten die Kontaktfelder der Checkliste.</translation>
    </message>
</context>
<context>
    <name>CriteriaDesk</name>
    <message>
        <source>No checklist is open.</source>
        <translation>Es ist keine Checkliste geöffnet.</translation>
    </message>
    <message>
        <source>There is no success criterion point %1 on item %2.</source>
        <translation>Eintrag %2 hat keinen Erfolgskriterium-Punkt %1.</translation>
    </message>
    <message>
        <source>Confirm a point as met or as not met.</source>
        <translation>Bestätigen Sie einen Punkt als erfüllt oder als nicht erfüllt.</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is not met: a note is required.</source>
        <translation>Begründen Sie, warum „%1“ nicht erfüllt ist: Eine Notiz ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is measured (%2 from %3); record its figures instead of confirming it.</source>
        <translation>„%1“ wird gemessen (%2 aus %3); erfassen Sie die Kennzahlen, statt den Punkt zu bestätigen.</translation>
    </message>
    <message>
        <source>the collectors have not been asked yet</source>
        <translation>die Datensammler wurden noch nicht abgefragt</translation>
    </message>
    <message>
        <source>There is no Day 7 blank %1 on item %2.</source>
        <translation>Eintrag %2 hat kein Tag-7-Feld %1.</translation>
    </message>
    <message>
        <source>The audit trail could not be checked (%1); the figures were not recorded.</source>
        <translation>Der Prüfpfad konnte nicht geprüft werden (%1); die Kennzahlen wurden nicht aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>The record changed while the figures were being recorded, %n time(s) in a row; nothing was written. Record the figures again.</source>
        <translation>
            <numerusform>Das Protokoll hat sich während der Aufzeichnung der Kennzahlen %n Mal geändert; nichts wurde geschrieben. Zeichnen Sie die Kennzahlen erneut auf.</numerusform>
            <numerusform>Das Protokoll hat sich während der Aufzeichnung der Kennzahlen %n Mal hintereinander geändert; nichts wurde geschrieben. Zeichnen Sie die Kennzahlen erneut auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>T0 changed after the collectors were asked: measure again</source>
        <translation>T0 hat sich geändert, nachdem die Kollektoren gefragt wurden: erneut messen</translation>
    </message>
</context>
<context>
    <name>CriteriaEvaluation</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 (≤ %2 min in %3 days)</source>
        <translation>%1 (≤ %2 min in %3 Tagen)</translation>
    </message>
    <message>
        <source>probe history: not read yet</source>
        <translation>Prüfverlauf: noch nicht gelesen</translation>
    </message>
    <message>
        <source>probe history: %1</source>
        <translation>Prüfverlauf: %1</translation>
    </message>
    <message>
        <source>probe history, %1 services, %2 monitored of %3 after T0%4</source>
        <translation>Prüfverlauf, %1 Dienste, %2 überwacht von %3 nach T0%4</translation>
    </message>
    <message>
        <source> (window open until %1)</source>
        <translation> (Zeitfenster offen bis %1)</translation>
    </message>
    <message>
        <source>; nothing monitored</source>
        <translation>; nichts überwacht</translation>
    </message>
    <message>
        <source> so far</source>
        <translation> bisher</translation>
    </message>
    <message>
        <source>%1 %%2 (%3 min down)</source>
        <translation>%1 %%2 (%3 min ausgefallen)</translation>
    </message>
    <message>
        <source>%1 min%2</source>
        <translation>%1 min%2</translation>
    </message>
    <message>
        <source>collectors: not asked yet</source>
        <translation>Datensammler: noch nicht gefragt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no n8n-executions collector in the catalogue</source>
        <translation>kein n8n-executions-Datensammler im Katalog</translation>
    </message>
    <message>
        <source>no postgres-query collector for the p95 query time (ms) in the catalogue</source>
        <translation>kein postgres-query-Datensammler für die p95-Abfragezeit (ms) im Katalog</translation>
    </message>
    <message>
        <source>golive verify: intact</source>
        <translation>golive verify: unversehrt</translation>
    </message>
    <message>
        <source>golive verify: not run yet</source>
        <translation>golive verify: noch nicht gelaufen</translation>
    </message>
    <message>
        <source>golive verify at %1</source>
        <translation>golive verify um %1</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>intact through event #%1 (%2 event)</source>
        <translation>unversehrt bis Ereignis #%1 (%2 Ereignis)</translation>
    </message>
    <message>
        <source>intact through event #%1 (%2 events)</source>
        <translation>unversehrt bis Ereignis #%1 (%2 Ereignisse)</translation>
    </message>
    <message>
        <source>, head hash %1</source>
        <translation>, Kopf-Hash %1</translation>
    </message>
    <message>
        <source>broken at event #%1: %2</source>
        <translation>gebrochen bei Ereignis #%1: %2</translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation>gebrochen: %1</translation>
    </message>
    <message>
        <source>Day 7 statistics: &quot;Average processing time&quot; not filled in</source>
        <translation>Tag-7-Statistik: „Average processing time“ nicht ausgefüllt</translation>
    </message>
    <message>
        <source>Day 7 statistics &quot;%1&quot; (entered by %2)</source>
        <translation>Tag-7-Statistik „%1“ (erfasst von %2)</translation>
    </message>
    <message>
        <source>Day 7 statistics &quot;%1&quot; (accepted by %2 from %3)</source>
        <translation>Tag-7-Statistik „%1“ (übernommen von %2 aus %3)</translation>
    </message>
    <message>
        <source>; allows %1 min, looser than the other limit</source>
        <translation>; erlaubt %1 min, lockerer als die andere Grenze</translation>
    </message>
    <message>
        <source>; the stricter limit (%1 min against %2 min): it decides the criterion</source>
        <translation>; die strengere Grenze (%1 min gegenüber %2 min): sie entscheidet das Kriterium</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>bestätigt von %1</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>&amp;Measure again</source>
        <translation>Erneut &amp;messen</translation>
    </message>
    <message>
        <source>&amp;Record figures</source>
        <translation>Kennzahlen &amp;erfassen</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Append the figures measured now to the launch record, where they differ from what it holds.</source>
        <translation>Die jetzt gemessenen Kennzahlen an das Go-Live-Protokoll anhängen, soweit sie vom dortigen Stand abweichen.</translation>
    </message>
    <message>
        <source>Give your verdict on the selected point, met or not met, with a note.</source>
        <translation>Bewerten Sie den ausgewählten Punkt als erfüllt oder nicht erfüllt, mit einer Notiz.</translation>
    </message>
    <message>
        <source>Day 7 statistic</source>
        <translation>Tag-7-Statistik</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>Im Protokoll</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Collectors propose</source>
        <translation>Vorschlag der Datensammler</translation>
    </message>
    <message>
        <source>Value to record</source>
        <translation>Zu erfassender Wert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Day 7 statistics&lt;/b&gt; — proposed from the collectors over the 7 days after T0; edit a value before accepting it to record it as yours.</source>
        <translation>&lt;b&gt;Tag-7-Statistiken&lt;/b&gt; — von den Datensammlern für die 7 Tage nach T0 vorgeschlagen; bearbeiten Sie einen Wert vor dem Übernehmen, um ihn als Ihren eigenen zu erfassen.</translation>
    </message>
    <message>
        <source>No T0 recorded yet: the 7-day window has not begun.</source>
        <translation>Noch kein T0 erfasst: Das 7-Tage-Fenster hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>7-day window %1 – %2 UTC, still open: figures so far.</source>
        <translation>7-Tage-Fenster %1 – %2 UTC, noch offen: bisherige Kennzahlen.</translation>
    </message>
    <message>
        <source>7-day window %1 – %2 UTC.</source>
        <translation>7-Tage-Fenster %1 – %2 UTC.</translation>
    </message>
    <message>
        <source> Measuring…</source>
        <translation> Messung läuft…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall: %1&lt;/b&gt; (in the record: %2). %3%4</source>
        <translation>&lt;b&gt;Gesamt: %1&lt;/b&gt; (im Protokoll: %2). %3%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source> Checking the record before the figures are recorded…</source>
        <translation> Das Protokoll wird geprüft, bevor die Kennzahlen aufgezeichnet werden…</translation>
    </message>
</context>
<context>
    <name>CriteriaTreeModel</name>
    <message>
        <source>✔ met</source>
        <translation>✔ erfüllt</translation>
    </message>
    <message>
        <source>✘ not met</source>
        <translation>✘ nicht erfüllt</translation>
    </message>
    <message>
        <source>? not known</source>
        <translation>? nicht bekannt</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation>noch nicht erfasst</translation>
    </message>
    <message>
        <source>recorded: %1 (%2)</source>
        <translation>erfasst: %1 (%2)</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>recorded: %1</source>
        <translation>erfasst: %1</translation>
    </message>
    <message>
        <source>%1 — &quot;%2&quot;</source>
        <translation>%1 — „%2“</translation>
    </message>
    <message>
        <source>%1
Note: %2</source>
        <translation>%1
Notiz: %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>Im Protokoll</translation>
    </message>
</context>
<context>
    <name>Day7Statistics</name>
    <message>
        <source>the collector gave no value</source>
        <translation>der Datensammler lieferte keinen Wert</translation>
    </message>
    <message>
        <source>no bconnect-jobs collector in the catalogue</source>
        <translation>kein bconnect-jobs-Datensammler im Katalog</translation>
    </message>
    <message>
        <source>no job finished in the window</source>
        <translation>kein Auftrag im Zeitfenster abgeschlossen</translation>
    </message>
    <message>
        <source>%1 counts in %2, the blank asks for %3</source>
        <translation>%1 zählt in %2, das Feld verlangt %3</translation>
    </message>
    <message>
        <source>no postgres-query collector named &quot;%1&quot; in the catalogue</source>
        <translation>kein postgres-query-Datensammler namens „%1“ im Katalog</translation>
    </message>
    <message>
        <source>no collector counts this</source>
        <translation>kein Datensammler zählt das</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>the disk holding %1</source>
        <translation>der Datenträger mit %1</translation>
    </message>
    <message>
        <source>the disk mounted at %1 (%2, %3 free of %4)</source>
        <translation>der unter %1 eingehängte Datenträger (%2, %3 von %4 frei)</translation>
    </message>
    <message>
        <source>Could not write the %1 %2: %3 is full. Any earlier file there is unchanged; free some space and export again.</source>
        <translation>Die Datei %2 (%1) konnte nicht geschrieben werden: %3 ist voll. Eine frühere Datei dort ist unverändert; schaffen Sie Platz und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Could not write the %1 %2: %3. Any earlier file there is unchanged.</source>
        <translation>Die Datei %2 (%1) konnte nicht geschrieben werden: %3. Eine frühere Datei dort ist unverändert.</translation>
    </message>
    <message>
        <source>Did not write the %1 to %2: %3 is a database (a store or a history) and was left untouched. Choose another file name.</source>
        <translation>%1 wurde nicht nach %2 geschrieben: %3 ist eine Datenbank (ein Protokoll oder ein Verlauf) und blieb unangetastet. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>DueState</name>
    <message>
        <source>not due yet</source>
        <translation>noch nicht fällig</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>The disk holding %1 is full while %2: %3. The change was not saved; the store is unchanged. Free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist %2 voll: %3. Die Änderung wurde nicht gespeichert; die Datenbank ist unverändert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store %1 is busy: another program held it for more than 5 s while %2. Nothing was changed; try again.</source>
        <translation>Die Datenbank %1 ist belegt: ein anderes Programm hielt sie %2 länger als 5 s gesperrt. Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store %1 is read-only while %2. The change was not saved.</source>
        <translation>Die Datenbank %1 ist %2 schreibgeschützt. Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2) while %3. It was left untouched; restore it from a backup.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2; %3). Sie wurde nicht angerührt; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The store %1 failed while %2: %3</source>
        <translation>Die Datenbank %1 meldete %2 einen Fehler: %3</translation>
    </message>
    <message>
        <source>There is no store at %1 (nothing was created). Check the path, or start Go-Live Control once to create it.</source>
        <translation>Unter %1 gibt es keine Datenbank (es wurde nichts angelegt). Prüfen Sie den Pfad oder starten Sie Go-Live Control einmal, um sie anzulegen.</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>beim Öffnen</translation>
    </message>
    <message>
        <source>reading its tables</source>
        <translation>beim Lesen ihrer Tabellen</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Go-Live Control store. It was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Go-Live-Control-Datenbank. Sie wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>reading its schema version</source>
        <translation>beim Lesen ihrer Schemaversion</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer Go-Live Control (store schema %2; this version knows schema %3). It was left untouched: update Go-Live Control to open it.</source>
        <translation>Die Datenbank %1 wurde von einem neueren Go-Live Control geschrieben (Schema %2; diese Version kennt Schema %3). Sie wurde nicht angerührt: aktualisieren Sie Go-Live Control, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2). It was left untouched; restore it from a backup.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Sie wurde nicht angerührt; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The store %1 is empty or from a version before schema 2 and cannot be read without upgrading it; open it once for writing (e.g. start Go-Live Control on it).</source>
        <translation>Die Datenbank %1 ist leer oder stammt aus einer Version vor Schema 2 und kann ohne Aktualisierung nicht gelesen werden; öffnen Sie sie einmal zum Schreiben (etwa indem Sie Go-Live Control damit starten).</translation>
    </message>
    <message>
        <source>setting it up</source>
        <translation>beim Einrichten</translation>
    </message>
    <message>
        <source>upgrading it to schema %1</source>
        <translation>beim Aktualisieren auf Schema %1</translation>
    </message>
    <message>
        <source>upgrading it</source>
        <translation>beim Aktualisieren</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>beim Beginnen einer Änderung</translation>
    </message>
    <message>
        <source>The store %1 is open read-only; the change was not saved.</source>
        <translation>Die Datenbank %1 ist nur zum Lesen geöffnet; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>reading the audit trail head</source>
        <translation>beim Lesen des Prüfpfad-Endes</translation>
    </message>
    <message>
        <source>saving the template</source>
        <translation>beim Speichern der Vorlage</translation>
    </message>
    <message>
        <source>reading the previous value</source>
        <translation>beim Lesen des vorherigen Werts</translation>
    </message>
    <message>
        <source>writing event #%1</source>
        <translation>beim Schreiben von Ereignis #%1</translation>
    </message>
    <message>
        <source>recording the audit trail head</source>
        <translation>beim Festhalten des Prüfpfad-Endes</translation>
    </message>
    <message>
        <source>committing the change</source>
        <translation>beim Übernehmen der Änderung</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>beim Lesen des Prüfpfads</translation>
    </message>
    <message>
        <source>reading the current state</source>
        <translation>beim Lesen des aktuellen Stands</translation>
    </message>
    <message>
        <source>reading the history of %1</source>
        <translation>beim Lesen des Verlaufs von %1</translation>
    </message>
    <message>
        <source>reading the record</source>
        <translation>beim Lesen des Protokolls</translation>
    </message>
    <message>
        <source>reading the checklist template</source>
        <translation>beim Lesen der Checklisten-Vorlage</translation>
    </message>
    <message>
        <source>The store %1 names checklist template %2, which it does not hold.</source>
        <translation>Die Datenbank %1 verweist auf die Checklisten-Vorlage %2, die sie nicht enthält.</translation>
    </message>
    <message>
        <source>The checklist template &quot;%1&quot; in %2 was changed after it was imported (its text no longer matches its SHA-256 %3). The store was left untouched; restore it from a backup.</source>
        <translation>Die Checklisten-Vorlage „%1“ in %2 wurde nach dem Import verändert (ihr Text passt nicht mehr zu ihrem SHA-256 %3). Die Datenbank wurde nicht angerührt; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>has an unknown kind &quot;%1&quot;</source>
        <translation>hat eine unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>has an unknown kind of actor &quot;%1&quot;</source>
        <translation>hat eine unbekannte Art von Akteur „%1“</translation>
    </message>
    <message>
        <source>has a payload that is not in its canonical form</source>
        <translation>hat Nutzdaten, die nicht in ihrer kanonischen Form vorliegen</translation>
    </message>
    <message>
        <source>has index columns that differ from its payload</source>
        <translation>hat Indexspalten, die von ihren Nutzdaten abweichen</translation>
    </message>
    <message>
        <source>names a previous value that the trail does not have</source>
        <translation>nennt einen vorherigen Wert, den der Prüfpfad nicht hat</translation>
    </message>
    <message>
        <source>the store %1 is damaged: %2</source>
        <translation>die Datenbank %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>the audit trail of %1 cannot be read: %2</source>
        <translation>der Prüfpfad von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>event #%1 is missing (the next one is #%2)</source>
        <translation>Ereignis #%1 fehlt (das nächste ist #%2)</translation>
    </message>
    <message>
        <source>event #%1 appears out of order</source>
        <translation>Ereignis #%1 steht an der falschen Stelle</translation>
    </message>
    <message>
        <source>event #%1 does not follow event #%2: the chain is broken</source>
        <translation>Ereignis #%1 folgt nicht auf Ereignis #%2: die Kette ist gebrochen</translation>
    </message>
    <message>
        <source>event #%1 (%2 by %3 at %4) was changed after it was written</source>
        <translation>Ereignis #%1 (%2 von %3 um %4) wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>event #%1 was changed after it was written (its typed columns were filled in)</source>
        <translation>Ereignis #%1 wurde nach dem Schreiben verändert (seine typisierten Spalten wurden ausgefüllt)</translation>
    </message>
    <message>
        <source>event #%1 (%2) %3: it was changed after it was written</source>
        <translation>Ereignis #%1 (%2) %3: es wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>the audit trail of %1 cannot be read after event #%2: %3</source>
        <translation>der Prüfpfad von %1 kann nach Ereignis #%2 nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>events #%1 to #%2 are missing from the end of the trail</source>
        <translation>die Ereignisse #%1 bis #%2 fehlen am Ende des Prüfpfads</translation>
    </message>
    <message>
        <source>the last event #%1 does not match the recorded head of the trail</source>
        <translation>das letzte Ereignis #%1 passt nicht zum festgehaltenen Ende des Prüfpfads</translation>
    </message>
    <message>
        <source>the checklist templates of %1 cannot be read: %2</source>
        <translation>die Checklisten-Vorlagen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>event #%1 imports checklist template %2, whose text is missing</source>
        <translation>Ereignis #%1 importiert die Checklisten-Vorlage %2, deren Text fehlt</translation>
    </message>
    <message>
        <source>the text of checklist template &quot;%1&quot; (%2) was changed after it was imported</source>
        <translation>der Text der Checklisten-Vorlage „%1“ (%2) wurde nach dem Import verändert</translation>
    </message>
    <message>
        <source>the current state of %1 cannot be read: %2</source>
        <translation>der aktuelle Stand von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the shown state of %1 (%2) differs from the audit trail</source>
        <translation>der angezeigte Stand von %1 (%2) weicht vom Prüfpfad ab</translation>
    </message>
    <message>
        <source>the shown state lacks items that the audit trail has</source>
        <translation>dem angezeigten Stand fehlen Punkte, die der Prüfpfad hat</translation>
    </message>
    <message>
        <source>waiting for the record&apos;s lock</source>
        <translation>beim Warten auf die Sperre des Protokolls</translation>
    </message>
    <message>
        <source>telling the other desks</source>
        <translation>beim Benachrichtigen der anderen Arbeitsplätze</translation>
    </message>
    <message>
        <source>The database %1 holds no launch record (nothing was created). Check the address, or open it once for writing, or copy a record there with golive copy.</source>
        <translation>Die Datenbank %1 enthält kein Launch-Protokoll (es wurde nichts angelegt). Prüfen Sie die Adresse, öffnen Sie sie einmal zum Schreiben, oder kopieren Sie mit golive copy ein Protokoll dorthin.</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not a Go-Live Control record. It was left untouched; give the record a database of its own.</source>
        <translation>Die Datenbank %1 enthält Tabellen eines anderen Programms, kein Protokoll von Go-Live Control. Sie wurde nicht angerührt; geben Sie dem Protokoll eine eigene Datenbank.</translation>
    </message>
    <message>
        <source>The team record %1 was written by a newer Go-Live Control (schema %2; this version knows schema %3). It was left untouched: update Go-Live Control to open it.</source>
        <translation>Das Team-Protokoll %1 wurde von einem neueren Go-Live Control geschrieben (Schema %2; diese Version kennt Schema %3). Es wurde nicht angerührt: Aktualisieren Sie Go-Live Control, um es zu öffnen.</translation>
    </message>
    <message>
        <source>creating the record&apos;s tables</source>
        <translation>beim Anlegen der Tabellen des Protokolls</translation>
    </message>
    <message>
        <source>The team record %1 cannot be reached while %2: %3. Nothing was changed there.</source>
        <translation>Das Team-Protokoll %1 ist %2 nicht erreichbar: %3. Dort wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database role of this desk may not do this in %1 while %2 (%3). Ask the record&apos;s owner to grant it; nothing was changed.</source>
        <translation>Die Datenbankrolle dieses Arbeitsplatzes darf das in %1 nicht (%2; %3). Bitten Sie den Eigentümer des Protokolls, es zu erlauben; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The team record %1 was busy while %2 (%3). Nothing was changed; try again.</source>
        <translation>Das Team-Protokoll %1 war %2 belegt (%3). Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The team record %1 failed while %2: %3</source>
        <translation>Das Team-Protokoll %1 meldete %2 einen Fehler: %3</translation>
    </message>
    <message>
        <source>The team record %1 cannot be reached: %2</source>
        <translation>Das Team-Protokoll %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>listening for the other desks&apos; changes</source>
        <translation>beim Lauschen auf die Änderungen der anderen Arbeitsplätze</translation>
    </message>
    <message>
        <source>looking for a change shared before</source>
        <translation>bei der Suche nach einer schon geteilten Änderung</translation>
    </message>
    <message>
        <source>reading the checklist templates</source>
        <translation>beim Lesen der Checklisten-Vorlagen</translation>
    </message>
    <message>
        <source>The store %1 is open read-only; nothing was copied.</source>
        <translation>Die Datenbank %1 ist nur zum Lesen geöffnet; nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>event #%1 of the source does not continue its chain; nothing was copied to %2.</source>
        <translation>Ereignis #%1 der Quelle setzt ihre Kette nicht fort; nichts wurde nach %2 kopiert.</translation>
    </message>
    <message>
        <source>writing the current state</source>
        <translation>beim Schreiben des aktuellen Stands</translation>
    </message>
    <message>
        <source>committing the copy</source>
        <translation>beim Abschließen der Kopie</translation>
    </message>
    <message>
        <source>checking what the change was made from</source>
        <translation>beim Prüfen, woraus die Änderung gemacht wurde</translation>
    </message>
    <message>
        <source>What this %1 was made from changed in the record (#%2: %3 %4) after it was prepared; nothing was written. Look at it again.</source>
        <translation>Woraus dieses %1 gemacht wurde, hat sich im Protokoll geändert (#%2: %3 %4), nachdem es vorbereitet wurde; nichts wurde geschrieben. Sehen Sie es sich noch einmal an.</translation>
    </message>
    <message>
        <source>The connection to the team record %1 broke after the change was sent to be committed, and the record cannot be reached to learn whether it was saved. Look at the record when it can be reached again before you make the change once more.</source>
        <translation>Die Verbindung zum Team-Protokoll %1 ist abgebrochen, nachdem die Änderung zum Übernehmen gesendet wurde, und das Protokoll ist nicht erreichbar, um festzustellen, ob sie gespeichert wurde. Sehen Sie im Protokoll nach, sobald es wieder erreichbar ist, bevor Sie die Änderung noch einmal vornehmen.</translation>
    </message>
    <message>
        <source>The audit trail of %1 does not verify (first bad event: #%2: %3), so nothing was written to it. Run golive verify; restore the record from a backup or find out who changed it.</source>
        <translation>Der Prüfpfad von %1 besteht die Prüfung nicht (erstes fehlerhaftes Ereignis: #%2: %3), daher wurde nichts hineingeschrieben. Führen Sie golive verify aus; stellen Sie das Protokoll aus einer Sicherung wieder her oder klären Sie, wer es verändert hat.</translation>
    </message>
    <message>
        <source>The audit trail of %1 could not be checked (%2), so nothing was written to it.</source>
        <translation>Der Prüfpfad von %1 konnte nicht geprüft werden (%2), daher wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>looking for a change whose commit was lost</source>
        <translation>beim Suchen einer Änderung, deren Übernahme verloren ging</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds a launch record (%n event(s)); a record is only copied into an empty one. Nothing was changed.</source>
        <translation>
            <numerusform>%1 enthält bereits ein Launch-Protokoll (%n Ereignis); ein Protokoll wird nur in ein leeres kopiert. Nichts wurde geändert.</numerusform>
            <numerusform>%1 enthält bereits ein Launch-Protokoll (%n Ereignisse); ein Protokoll wird nur in ein leeres kopiert. Nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>the parsed form of checklist template %1 was changed after it was imported</source>
        <translation>die gelesene Form der Checklisten-Vorlage %1 wurde nach dem Import verändert</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>JJJJ-MM-TTThh:mm:ssZ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>name of the signer</source>
        <translation>Name der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>Invalidate signatures?</source>
        <translation>Unterschriften ungültig machen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 is part of what %2 signed. Changing it marks %n signature(s) invalidated, in the record and on the report; they must sign again.

Change it?</source>
        <translation>
            <numerusform>%1 gehört zu dem, was %2 unterschrieben hat. Eine Änderung markiert %n Unterschrift als ungültig, im Protokoll und im Bericht; sie muss erneut geleistet werden.

Ändern?</numerusform>
            <numerusform>%1 gehört zu dem, was %2 unterschrieben haben. Eine Änderung markiert %n Unterschriften als ungültig, im Protokoll und im Bericht; sie müssen erneut geleistet werden.

Ändern?</numerusform>
        </translation>
    </message>
    <message>
        <source>The recorded T0</source>
        <translation>Der erfasste T0</translation>
    </message>
</context>
<context>
    <name>FreeScoutCollector</name>
    <message>
        <source>no page.totalElements in the answer</source>
        <translation>kein page.totalElements in der Antwort</translation>
    </message>
    <message>
        <source>page.totalElements is not a count: %1</source>
        <translation>page.totalElements ist keine Anzahl: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>abgehakt</translation>
    </message>
    <message>
        <source>unticked</source>
        <translation>Haken entfernt</translation>
    </message>
    <message>
        <source>note: %1 → %2</source>
        <translation>Notiz: %1 → %2</translation>
    </message>
    <message>
        <source>T0 planned: %1 → %2</source>
        <translation>T0 geplant: %1 → %2</translation>
    </message>
    <message>
        <source>T0 recorded: %1 → %2</source>
        <translation>T0 erfasst: %1 → %2</translation>
    </message>
    <message>
        <source>checklist imported: %1</source>
        <translation>Checkliste importiert: %1</translation>
    </message>
    <message>
        <source>round %1 ticked</source>
        <translation>Runde %1 abgehakt</translation>
    </message>
    <message>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>round %1 unticked</source>
        <translation>Haken bei Runde %1 entfernt</translation>
    </message>
    <message>
        <source>round %1 added</source>
        <translation>Runde %1 hinzugefügt</translation>
    </message>
    <message>
        <source> (carried over from %1)</source>
        <translation> (übernommen von %1)</translation>
    </message>
    <message>
        <source>undo of #%1: %2</source>
        <translation>Rücknahme von #%1: %2</translation>
    </message>
    <message>
        <source>Event #%1 at %2 UTC, hash %3</source>
        <translation>Ereignis #%1 um %2 UTC, Hash %3</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (von %1)</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>the probe history is not open</source>
        <translation>der Prüfverlauf ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>HourHealth</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>no probe results in the hour</source>
        <translation>keine Prüfergebnisse in dieser Stunde</translation>
    </message>
    <message>
        <source>no service DOWN or DEGRADED for %1 or more</source>
        <translation>kein Dienst %1 oder länger DOWN oder DEGRADED</translation>
    </message>
    <message>
        <source>%1 %2 for %3 from %4 UTC</source>
        <translation>%1 %2 für %3 ab %4 UTC</translation>
    </message>
    <message>
        <source>DEGRADED or DOWN</source>
        <translation>DEGRADED oder DOWN</translation>
    </message>
</context>
<context>
    <name>HourlyReport</name>
    <message>
        <source>corrected by %1</source>
        <translation>korrigiert von %1</translation>
    </message>
    <message>
        <source>Green</source>
        <comment>system health</comment>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Yellow</source>
        <comment>system health</comment>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <comment>system health</comment>
        <translation>Rot</translation>
    </message>
</context>
<context>
    <name>HourlyReports</name>
    <message>
        <source>Total tickets processed</source>
        <translation>Bearbeitete Tickets insgesamt</translation>
    </message>
    <message>
        <source>Total workflows executed</source>
        <translation>Ausgeführte Workflows insgesamt</translation>
    </message>
    <message>
        <source>Failed executions</source>
        <translation>Fehlgeschlagene Ausführungen</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>Systemzustand</translation>
    </message>
    <message>
        <source>Issues encountered</source>
        <translation>Aufgetretene Probleme</translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>certificate not trusted: self-signed</source>
        <translation>Zertifikat nicht vertrauenswürdig: selbst signiert</translation>
    </message>
    <message>
        <source>certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <source>certificate is for another host name</source>
        <translation>Zertifikat gilt für einen anderen Hostnamen</translation>
    </message>
    <message>
        <source>certificate not trusted: %1</source>
        <translation>Zertifikat nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>HTTP %1 but the body did not arrive within %2 s</source>
        <translation>HTTP %1, aber der Body kam nicht innerhalb von %2 s an</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>connection closed by the server before it answered</source>
        <translation>Verbindung vom Server geschlossen, bevor er antwortete</translation>
    </message>
    <message>
        <source>connection closed by the server in mid-body</source>
        <translation>Verbindung vom Server mitten im Body geschlossen</translation>
    </message>
    <message>
        <source>redirected from https to plain http</source>
        <translation>von https auf unverschlüsseltes http weitergeleitet</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not a valid HTTP answer (%1)</source>
        <translation>keine gültige HTTP-Antwort (%1)</translation>
    </message>
    <message>
        <source>connection reset by the server</source>
        <translation>Verbindung vom Server zurückgesetzt</translation>
    </message>
    <message>
        <source>connection reset in mid-body</source>
        <translation>Verbindung mitten im Body zurückgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s) (a redirect loop?)</source>
        <translation>
            <numerusform>mehr als %n Weiterleitung (eine Weiterleitungsschleife?)</numerusform>
            <numerusform>mehr als %n Weiterleitungen (eine Weiterleitungsschleife?)</numerusform>
        </translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http or https address</source>
        <translation>weitergeleitet zu %1, keiner http- oder https-Adresse</translation>
    </message>
    <message>
        <source>redirected to %1: credentials not sent to another origin</source>
        <translation>weitergeleitet zu %1: Zugangsdaten nicht an einen anderen Ursprung gesendet</translation>
    </message>
</context>
<context>
    <name>IncidentDesk</name>
    <message>
        <source>%1 was resolved at %2; open a new incident instead.</source>
        <translation>%1 wurde um %2 gelöst; eröffnen Sie stattdessen eine neue Störung.</translation>
    </message>
    <message>
        <source>The checklist has no incident type &quot;%1&quot;.</source>
        <translation>Die Checkliste hat keinen Störungstyp „%1“.</translation>
    </message>
    <message>
        <source>The escalation matrix has no level %1.</source>
        <translation>Die Eskalationsmatrix hat keine Stufe %1.</translation>
    </message>
    <message>
        <source>%1 is already open for this outage of %2.</source>
        <translation>%1 ist für diesen Ausfall von %2 bereits offen.</translation>
    </message>
    <message>
        <source>%1 has no step %2.</source>
        <translation>%1 hat keinen Schritt %2.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht etwas Text.</translation>
    </message>
    <message>
        <source>The rollback of %1 is already running.</source>
        <translation>Der Rollback von %1 läuft bereits.</translation>
    </message>
    <message>
        <source>No rollback of %1 is running.</source>
        <translation>Es läuft kein Rollback von %1.</translation>
    </message>
    <message>
        <source>Say how %1 was resolved.</source>
        <translation>Geben Sie an, wie %1 gelöst wurde.</translation>
    </message>
    <message>
        <source>A contact needs a role.</source>
        <translation>Ein Kontakt braucht eine Rolle.</translation>
    </message>
    <message>
        <source>%1 is DOWN</source>
        <translation>%1 ist AUSGEFALLEN</translation>
    </message>
    <message>
        <source>%1 is DOWN: %2</source>
        <translation>%1 ist AUSGEFALLEN: %2</translation>
    </message>
</context>
<context>
    <name>IncidentDetailView</name>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Select an incident, or open one from the Incidents menu.</source>
        <translation>Wählen Sie eine Störung aus oder eröffnen Sie eine über das Menü Störungen.</translation>
    </message>
    <message>
        <source>What happened, what was decided…</source>
        <translation>Was geschah, was wurde entschieden…</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Wie sie gelöst wurde</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>Kontakte…</translation>
    </message>
    <message>
        <source>Response steps</source>
        <translation>Reaktionsschritte</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 · %2&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%3 · opened %4 by %5</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 · %2&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%3 · eröffnet %4 von %5</translation>
    </message>
    <message>
        <source>&lt;br&gt;Linked to the outage of &lt;b&gt;%1&lt;/b&gt; (record #%2)</source>
        <translation>&lt;br&gt;Verknüpft mit dem Ausfall von &lt;b&gt;%1&lt;/b&gt; (Eintrag #%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level %1 — %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stufe %1 — %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stufe %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation>Stufe %1 — %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;The escalation matrix names nobody for this level.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Eskalationsmatrix nennt für diese Stufe niemanden.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Call: </source>
        <translation>Anrufen: </translation>
    </message>
    <message>
        <source>%1 by %2, record #%3</source>
        <translation>%1 von %2, Eintrag #%3</translation>
    </message>
    <message>
        <source>acknowledged after %1</source>
        <translation>bestätigt nach %1</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>gelöst nach %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolved at %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Gelöst um %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Time to acknowledge / resolve: </source>
        <translation>Zeit bis Bestätigung / Lösung: </translation>
    </message>
    <message>
        <source>Response: acknowledged after %1</source>
        <translation>Reaktion: bestätigt nach %1</translation>
    </message>
    <message>
        <source>Response: not acknowledged</source>
        <translation>Reaktion: nicht bestätigt</translation>
    </message>
    <message>
        <source>Response timer: %1</source>
        <translation>Reaktionszeit: %1</translation>
    </message>
    <message>
        <source> — overdue by %1</source>
        <translation> — überfällig seit %1</translation>
    </message>
    <message>
        <source> — due at %1</source>
        <translation> — fällig um %1</translation>
    </message>
    <message>
        <source>target %1 min</source>
        <translation>Ziel %1 min</translation>
    </message>
    <message>
        <source>no target in the checklist</source>
        <translation>kein Ziel in der Checkliste</translation>
    </message>
    <message>
        <source>Not started (%1)</source>
        <translation>Nicht begonnen (%1)</translation>
    </message>
    <message>
        <source>Start rollback</source>
        <translation>Rollback starten</translation>
    </message>
    <message>
        <source>Rolling back: %1</source>
        <translation>Rollback läuft: %1</translation>
    </message>
    <message>
        <source>Rollback finished</source>
        <translation>Rollback abgeschlossen</translation>
    </message>
    <message>
        <source>Rolled back in %1 (%2)%3</source>
        <translation>Zurückgerollt in %1 (%2)%3</translation>
    </message>
    <message>
        <source> — over target</source>
        <translation> — über dem Ziel</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>L%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 — %2
Opened %3 by %4</source>
        <translation>%1 — %2
Eröffnet %3 von %4</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
</context>
<context>
    <name>IncidentLog</name>
    <message>
        <source>Opened: %1 (%2), level %3</source>
        <translation>Eröffnet: %1 (%2), Stufe %3</translation>
    </message>
    <message>
        <source>, for the outage of %1</source>
        <translation>, für den Ausfall von %1</translation>
    </message>
    <message>
        <source>Step %1 done: %2</source>
        <translation>Schritt %1 erledigt: %2</translation>
    </message>
    <message>
        <source>Step %1 reopened: %2</source>
        <translation>Schritt %1 wieder geöffnet: %2</translation>
    </message>
    <message>
        <source>Level %1 → %2</source>
        <translation>Stufe %1 → %2</translation>
    </message>
    <message>
        <source>Acknowledged at level %1</source>
        <translation>Bestätigt auf Stufe %1</translation>
    </message>
    <message>
        <source>Rollback started</source>
        <translation>Rollback gestartet</translation>
    </message>
    <message>
        <source>Rollback finished: %1</source>
        <translation>Rollback abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Gelöst: %1</translation>
    </message>
</context>
<context>
    <name>IncidentsDock</name>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Open incident…</source>
        <translation>Störung eröffnen…</translation>
    </message>
    <message>
        <source>No incident for this outage</source>
        <translation>Keine Störung für diesen Ausfall</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Störungen</translation>
    </message>
    <message>
        <source>&amp;Open incident…</source>
        <translation>Störung &amp;eröffnen…</translation>
    </message>
    <message>
        <source>&amp;Contacts…</source>
        <translation>&amp;Kontakte…</translation>
    </message>
    <message>
        <source>%1 is DOWN</source>
        <translation>%1 ist AUSGEFALLEN</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other service(s) are DOWN</source>
        <translation>
            <numerusform>%1 und %n weiterer Dienst sind AUSGEFALLEN</numerusform>
            <numerusform>%1 und %n weitere Dienste sind AUSGEFALLEN</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an incident for the outage of %1, linked to it</source>
        <translation>Eine mit dem Ausfall von %1 verknüpfte Störung eröffnen</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Open incident…</source>
        <translation>Störung eröffnen…</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>Kontakte…</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Keine Störungen</translation>
    </message>
    <message>
        <source>%1 open, %2 resolved</source>
        <translation>%1 offen, %2 gelöst</translation>
    </message>
</context>
<context>
    <name>ItemDetailsPane</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>What happened, who was called, what is pending… (Ctrl+Return saves)</source>
        <translation>Was geschah, wer wurde angerufen, was steht aus… (Strg+Eingabe speichert)</translation>
    </message>
    <message>
        <source>History of this item</source>
        <translation>Verlauf dieses Punkts</translation>
    </message>
    <message>
        <source>Select an item of the checklist</source>
        <translation>Wählen Sie einen Punkt der Checkliste</translation>
    </message>
    <message>
        <source>Space ticks the selected item, Ctrl+F searches, Ctrl+Z undoes your last change.</source>
        <translation>Leertaste hakt den ausgewählten Punkt ab, Strg+F sucht, Strg+Z nimmt Ihre letzte Änderung zurück.</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>no keychain service runs</source>
        <translation>kein Schlüsselbund-Dienst läuft</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>not supported on this system</source>
        <translation>auf diesem System nicht unterstützt</translation>
    </message>
    <message>
        <source>no keychain service could be reached</source>
        <translation>kein Schlüsselbund-Dienst war erreichbar</translation>
    </message>
    <message>
        <source>no application to wait in</source>
        <translation>keine Anwendung, in der gewartet werden kann</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>keychain:%1: nothing is stored under %1 in the keychain</source>
        <translation>keychain:%1: im Schlüsselbund ist unter %1 nichts gespeichert</translation>
    </message>
    <message>
        <source>keychain:%1: no OS keychain answered (%2). A keychain service (GNOME Keyring or KWallet, over the desktop session&apos;s D-Bus) must run to store or read it; or set %1 in the environment and write ${%1}.</source>
        <translation>keychain:%1: Kein Schlüsselbund des Betriebssystems hat geantwortet (%2). Zum Speichern oder Lesen muss ein Schlüsselbunddienst laufen (GNOME Keyring oder KWallet, über den D-Bus der Desktop-Sitzung); oder setzen Sie %1 in der Umgebung und schreiben Sie ${%1}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a keychain name: a letter or _ first, then letters, digits or _ (the catalogue refers to it as ${keychain:NAME})</source>
        <translation>„%1“ ist als Schlüsselbundname nicht zulässig: zuerst ein Buchstabe oder _, dann Buchstaben, Ziffern oder _ (der Katalog verweist darauf mit ${keychain:NAME})</translation>
    </message>
</context>
<context>
    <name>KeychainDialog</name>
    <message>
        <source>Store a secret in the keychain</source>
        <translation>Geheimnis im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>The secret is kept by the OS keychain (GNOME Keyring or KWallet), never in a file of Go-Live Control. A service catalogue uses it where it says ${keychain:NAME}.</source>
        <translation>Das Geheimnis wird im Schlüsselbund des Betriebssystems (GNOME Keyring oder KWallet) aufbewahrt, nie in einer Datei von Go-Live Control. Ein Dienstkatalog verwendet es dort, wo ${keychain:NAME} steht.</translation>
    </message>
    <message>
        <source>e.g. N8N_API_KEY</source>
        <translation>z. B. N8N_API_KEY</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>In the catalogue:</source>
        <translation>Im Katalog:</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Storing %1 in the keychain…</source>
        <translation>%1 wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Stored under %1. Write ${keychain:%1} in the service catalogue to use it.</source>
        <translation>Unter %1 gespeichert. Schreiben Sie ${keychain:%1} in den Dienstkatalog, um es zu verwenden.</translation>
    </message>
    <message>
        <source>Nothing was stored. %1</source>
        <translation>Es wurde nichts gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>KeychainWriter</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>a secret is being stored already</source>
        <translation>es wird bereits ein Geheimnis gespeichert</translation>
    </message>
    <message>
        <source>there is no secret to store</source>
        <translation>es gibt kein Geheimnis zum Speichern</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect after a restart</source>
        <translation>Wirksam nach einem Neustart</translation>
    </message>
</context>
<context>
    <name>LaunchMenu</name>
    <message>
        <source>Record T0</source>
        <translation>T0 erfassen</translation>
    </message>
    <message>
        <source>Record the go-live as happening now (%1)? Every due time moves with it.</source>
        <translation>Den Go-live als jetzt geschehen erfassen (%1)? Alle Fälligkeiten verschieben sich mit.</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Launch</translation>
    </message>
    <message>
        <source>&amp;Plan T0…</source>
        <translation>T0 &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Record T0 now</source>
        <translation>T0 jetzt &amp;erfassen</translation>
    </message>
</context>
<context>
    <name>LaunchOverview</name>
    <message>
        <source>No services watched</source>
        <translation>Keine Dienste überwacht</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Teilausfall</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Großer Ausfall</translation>
    </message>
</context>
<context>
    <name>LaunchRecord</name>
    <message>
        <source>The store %1 holds no checklist yet.</source>
        <translation>Die Datenbank %1 enthält noch keine Checkliste.</translation>
    </message>
    <message>
        <source>Nothing more is written to %1: its check failed (%2). Restore the store from a backup, or find out who changed it.</source>
        <translation>In %1 wird nichts mehr geschrieben: die Prüfung ist fehlgeschlagen (%2). Stellen Sie die Datenbank aus einer Sicherung wieder her oder klären Sie, wer sie verändert hat.</translation>
    </message>
    <message>
        <source>The store %1 is open read-only; the change was not saved.</source>
        <translation>Die Datenbank %1 ist nur zum Lesen geöffnet; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was recorded: nobody has said who is making this change. Give your name first (Edit → Operator…, or --as NAME on the command line).</source>
        <translation>Nichts wurde aufgezeichnet: Niemand hat gesagt, wer diese Änderung vornimmt. Nennen Sie zuerst Ihren Namen (Bearbeiten → Bediener…, oder --as NAME auf der Kommandozeile).</translation>
    </message>
</context>
<context>
    <name>LaunchTimeline</name>
    <message>
        <source>ddd HH:mm</source>
        <comment>date format: weekday and time</comment>
        <translation>ddd HH:mm</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format: day, month and time</comment>
        <translation>d. MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>LaunchTiming</name>
    <message>
        <source>T0 needs a date and time.</source>
        <translation>T0 braucht ein Datum und eine Uhrzeit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Read-only store&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datenbank schreibgeschützt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Audit trail broken</source>
        <translation>Prüfpfad gebrochen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import checklist template…</source>
        <translation>Checklisten-Vorlage &amp;importieren…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Verify audit trail</source>
        <translation>Prüfpfad &amp;verifizieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Operator…</source>
        <translation>&amp;Bediener…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Go-Live Control</source>
        <translation>&amp;Über Go-Live Control</translation>
    </message>
    <message>
        <source>About Go-Live Control</source>
        <translation>Über Go-Live Control</translation>
    </message>
    <message>
        <source>&lt;b&gt;Go-Live Control %1&lt;/b&gt;&lt;p&gt;The launch checklist with a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Go-Live Control %1&lt;/b&gt;&lt;p&gt;Die Launch-Checkliste mit einem manipulationssicheren Prüfpfad.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Bediener: %1</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Bediener: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Import checklist template</source>
        <translation>Checklisten-Vorlage importieren</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>%1 is the checklist already in use.</source>
        <translation>%1 ist bereits die verwendete Checkliste.</translation>
    </message>
    <message>
        <source>removed: %1%2</source>
        <translation>entfernt: %1%2</translation>
    </message>
    <message>
        <source> (ticked or filled in)</source>
        <translation> (abgehakt oder ausgefüllt)</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with ticks, notes or values are no longer in the new template. Their history stays in the audit trail.</source>
        <translation>
            <numerusform>%n Punkt mit Haken, Notizen oder Werten ist in der neuen Vorlage nicht mehr enthalten. Sein Verlauf bleibt im Prüfpfad.</numerusform>
            <numerusform>%n Punkte mit Haken, Notizen oder Werten sind in der neuen Vorlage nicht mehr enthalten. Ihr Verlauf bleibt im Prüfpfad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>The launch record %1 failed its check: it was changed outside Go-Live Control.

%2

Nothing more will be written to it from this window. Restore it from a backup, or find out who changed it.</source>
        <translation>Das Launch-Protokoll %1 hat seine Prüfung nicht bestanden: es wurde außerhalb von Go-Live Control verändert.

%2

Aus diesem Fenster wird nichts mehr hineingeschrieben. Stellen Sie es aus einer Sicherung wieder her oder klären Sie, wer es verändert hat.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>moved: %1%2</source>
        <translation>verschoben: %1%2</translation>
    </message>
    <message>
        <source> (state carried over)</source>
        <translation> (Stand übernommen)</translation>
    </message>
    <message>
        <source>reworded: %1 → %2 (%3 % alike)%4</source>
        <translation>umformuliert: %1 → %2 (%3 % ähnlich)%4</translation>
    </message>
    <message>
        <source> — ticks, notes and values carried over</source>
        <translation> — Haken, Notizen und Werte übernommen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were reworded; Go-Live Control paired each with its old text (see Details). Their ticks, notes and values are carried over.</source>
        <translation>
            <numerusform>%n Punkt wurde umformuliert; Go-Live Control hat ihn seinem alten Text zugeordnet (siehe Details). Haken, Notizen und Werte werden übernommen.</numerusform>
            <numerusform>%n Punkte wurden umformuliert; Go-Live Control hat jeden seinem alten Text zugeordnet (siehe Details). Haken, Notizen und Werte werden übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Service &amp;catalogue…</source>
        <translation>Dienst&amp;katalog…</translation>
    </message>
    <message>
        <source>&amp;Built-in service catalogue</source>
        <translation>&amp;Eingebauter Dienstkatalog</translation>
    </message>
    <message>
        <source>Service history: %1</source>
        <translation>Dienstverlauf: %1</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Dienstkatalog</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n service(s) from %1</source>
        <translation>
            <numerusform>%n Dienst aus %1 wird überwacht</numerusform>
            <numerusform>%n Dienste aus %1 werden überwacht</numerusform>
        </translation>
    </message>
    <message>
        <source>These services are shown as UNKNOWN until their configuration is fixed:

%1</source>
        <translation>Diese Dienste werden als UNBEKANNT angezeigt, bis ihre Konfiguration korrigiert ist:

%1</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Saved the T+7 report as %1</source>
        <translation>T+7-Bericht als %1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Store a &amp;secret in the keychain…</source>
        <translation>&amp;Geheimnis im Schlüsselbund speichern…</translation>
    </message>
    <message>
        <source>&amp;Team roles…</source>
        <translation>&amp;Team-Rollen …</translation>
    </message>
    <message>
        <source>Connect to &amp;team record…</source>
        <translation>Mit &amp;Team-Protokoll verbinden…</translation>
    </message>
    <message>
        <source>%1 — team record %2</source>
        <translation>%1 — Team-Protokoll %2</translation>
    </message>
    <message>
        <source>Operator: nobody named yet — nothing is recorded until you give your name (Edit → Operator…)</source>
        <translation>Bediener: noch niemand genannt — nichts wird aufgezeichnet, bis Sie Ihren Namen nennen (Bearbeiten → Bediener…)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s). %1.

Items that did not change keep their ticks and values.</source>
        <translation>
            <numerusform>%n Aufgabe. %1.

Unveränderte Punkte behalten ihre Haken und Werte.</numerusform>
            <numerusform>%n Aufgaben. %1.

Unveränderte Punkte behalten ihre Haken und Werte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Prepare — the checklist (before T−2 h)</source>
        <translation>&amp;Vorbereitung — die Checkliste (vor T−2 h)</translation>
    </message>
    <message>
        <source>&amp;Launch — checklist, services, Now, reports, incidents (T−2 h to T+6 h)</source>
        <translation>&amp;Launch — Checkliste, Dienste, Jetzt, Berichte, Störungen (T−2 h bis T+6 h)</translation>
    </message>
    <message>
        <source>&amp;Watch — services, incidents, success criteria (T+6 h to T+7 d)</source>
        <translation>&amp;Beobachtung — Dienste, Störungen, Erfolgskriterien (T+6 h bis T+7 Tage)</translation>
    </message>
    <message>
        <source>&amp;Close — success criteria, sign-off, reports (from T+7 d)</source>
        <translation>Ab&amp;schluss — Erfolgskriterien, Abnahme, Berichte (ab T+7 Tage)</translation>
    </message>
    <message>
        <source>Switch layout</source>
        <translation>Anordnung wechseln</translation>
    </message>
    <message>
        <source>Keep this layout</source>
        <translation>Diese Anordnung behalten</translation>
    </message>
    <message>
        <source>The launch is now in its %1 phase. Switch to the %1 layout (Ctrl+%2)?</source>
        <translation>Der Launch ist jetzt in der Phase „%1“. Zur Anordnung „%1“ wechseln (Strg+%2)?</translation>
    </message>
    <message>
        <source>Prepare</source>
        <comment>phase of the launch</comment>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Launch</source>
        <comment>phase of the launch</comment>
        <translation>Launch</translation>
    </message>
    <message>
        <source>Watch</source>
        <comment>phase of the launch</comment>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>phase of the launch</comment>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Lay&amp;out</source>
        <translation>&amp;Anordnung</translation>
    </message>
    <message>
        <source>&amp;Wall (room screen)</source>
        <translation>&amp;Wandanzeige (Raumbildschirm)</translation>
    </message>
    <message numerus="yes">
        <source>Importing it marks %n signature(s) invalidated (%1), in the record and on the report; they must sign again.</source>
        <translation>
            <numerusform>Der Import macht %n Unterschrift ungültig (%1), im Protokoll und im Bericht; sie muss neu gegeben werden.</numerusform>
            <numerusform>Der Import macht %n Unterschriften ungültig (%1), im Protokoll und im Bericht; sie müssen neu gegeben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
</context>
<context>
    <name>MilvusCollector</name>
    <message>
        <source>no &quot;code&quot; in the answer</source>
        <translation>kein „code“ in der Antwort</translation>
    </message>
    <message>
        <source>Milvus code %1: %2</source>
        <translation>Milvus-Code %1: %2</translation>
    </message>
    <message>
        <source>no data.rowCount in the answer</source>
        <translation>kein data.rowCount in der Antwort</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>Collection %1</translation>
    </message>
    <message>
        <source>data.rowCount is not a count: %1</source>
        <translation>data.rowCount ist keine Anzahl: %1</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>%1 (attempt %2 of %3)</source>
        <translation>%1 (Versuch %2 von %3)</translation>
    </message>
    <message>
        <source>not probed yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>cannot set up signal handling</source>
        <translation>die Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>monitor takes no arguments; use --services and --db</source>
        <translation>monitor nimmt keine Argumente; verwenden Sie --services und --db</translation>
    </message>
    <message numerus="yes">
        <source>monitoring %1 of %n service(s) from %2; record %3; stop with Ctrl+C or SIGTERM</source>
        <translation>
            <numerusform>überwache %1 von %n Dienst aus %2; Protokoll %3; beenden mit Strg+C oder SIGTERM</numerusform>
            <numerusform>überwache %1 von %n Diensten aus %2; Protokoll %3; beenden mit Strg+C oder SIGTERM</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringService</name>
    <message>
        <source>the services are not monitored</source>
        <translation>die Dienste werden nicht überwacht</translation>
    </message>
</context>
<context>
    <name>N8nCollectors</name>
    <message>
        <source>nextCursor is neither text nor null</source>
        <translation>nextCursor ist weder Text noch null</translation>
    </message>
    <message>
        <source>no &quot;data&quot; list in the answer</source>
        <translation>keine „data“-Liste in der Antwort</translation>
    </message>
    <message>
        <source>an item of &quot;data&quot; is not an object</source>
        <translation>ein Eintrag von „data“ ist kein Objekt</translation>
    </message>
    <message>
        <source>execution %1: startedAt is not a time</source>
        <translation>Ausführung %1: startedAt ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>execution %1 has no status</source>
        <translation>Ausführung %1 hat keinen Status</translation>
    </message>
    <message>
        <source>execution %1: stoppedAt is not a time</source>
        <translation>Ausführung %1: stoppedAt ist keine Zeitangabe</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n Seite gelesen</numerusform>
            <numerusform>%n Seiten gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>no finished executions in the window</source>
        <translation>keine abgeschlossenen Ausführungen im Zeitfenster</translation>
    </message>
    <message numerus="yes">
        <source>%n finished execution(s)</source>
        <translation>
            <numerusform>%n abgeschlossene Ausführung</numerusform>
            <numerusform>%n abgeschlossene Ausführungen</numerusform>
        </translation>
    </message>
    <message>
        <source>a workflow without &quot;active&quot; true or false</source>
        <translation>ein Workflow ohne „active“ true oder false</translation>
    </message>
    <message numerus="yes">
        <source>the server gave the same cursor again after %n page(s): the list does not end</source>
        <translation>
            <numerusform>der Server lieferte nach %n Seite denselben Cursor erneut: die Liste endet nicht</numerusform>
            <numerusform>der Server lieferte nach %n Seiten denselben Cursor erneut: die Liste endet nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n page(s): stopped, a count of the first %n would be partial (raise &quot;maxPages&quot; if this is expected)</source>
        <translation>
            <numerusform>mehr als %n Seite: abgebrochen, eine Zählung der ersten Seite wäre unvollständig („maxPages“ erhöhen, wenn das zu erwarten ist)</numerusform>
            <numerusform>mehr als %n Seiten: abgebrochen, eine Zählung der ersten %n wäre unvollständig („maxPages“ erhöhen, wenn das zu erwarten ist)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NowModel</name>
    <message>
        <source>%1 — the checklist says: %2</source>
        <translation>%1 — die Checkliste sagt: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
</context>
<context>
    <name>NowPanel</name>
    <message>
        <source>Plan T0 (Launch menu) to see what is due.</source>
        <translation>Planen Sie T0 (Menü Launch), um zu sehen, was fällig ist.</translation>
    </message>
    <message>
        <source>Nothing due in the next hour, nothing late.</source>
        <translation>In der nächsten Stunde ist nichts fällig, nichts ist verspätet.</translation>
    </message>
</context>
<context>
    <name>OfflineCollision</name>
    <message>
        <source>ticked</source>
        <translation>abgehakt</translation>
    </message>
    <message>
        <source>unticked</source>
        <translation>Haken entfernt</translation>
    </message>
    <message>
        <source>note removed</source>
        <translation>Notiz entfernt</translation>
    </message>
    <message>
        <source>note “%1”</source>
        <translation>Notiz „%1“</translation>
    </message>
    <message>
        <source>%1 emptied</source>
        <translation>%1 geleert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OfflineCollisions</name>
    <message>
        <source>Event #%1 met no other desk&apos;s change.</source>
        <translation>Ereignis #%1 traf auf keine Änderung eines anderen Arbeitsplatzes.</translation>
    </message>
    <message>
        <source>The item %1 of event #%2 is no longer in the checklist.</source>
        <translation>Der Punkt %1 von Ereignis #%2 ist nicht mehr in der Checkliste.</translation>
    </message>
    <message>
        <source>Event #%1, which event #%2 met, is not in the history of item %3.</source>
        <translation>Ereignis #%1, auf das Ereignis #%2 traf, steht nicht im Verlauf von Punkt %3.</translation>
    </message>
    <message>
        <source>The other desk&apos;s change to %1 is not known.</source>
        <translation>Die Änderung des anderen Arbeitsplatzes an %1 ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Event #%1 is no change to a checklist item.</source>
        <translation>Ereignis #%1 ist keine Änderung an einem Checklistenpunkt.</translation>
    </message>
</context>
<context>
    <name>OpenIncidentDialog</name>
    <message>
        <source>Open incident</source>
        <translation>Störung eröffnen</translation>
    </message>
    <message>
        <source>Open incident for %1</source>
        <translation>Störung für %1 eröffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n Schritt)</numerusform>
            <numerusform>%1 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Level %1 — %2 (%3)</source>
        <translation>Stufe %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Stufe 1</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>Was nicht stimmt, in wenigen Worten</translation>
    </message>
    <message>
        <source>Outage:</source>
        <translation>Ausfall:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is DOWN (record #%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist AUSGEFALLEN (Eintrag #%2)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>The checklist has no incident runbooks (numbered steps under an &quot;Incident&quot; heading).</source>
        <translation>Die Checkliste enthält keine Störungs-Runbooks (nummerierte Schritte unter einer Überschrift „Incident“).</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is at this desk?</source>
        <translation>Wer sitzt an diesem Platz?</translation>
    </message>
    <message>
        <source>Every tick, note and value you enter is signed in the audit trail with your name and launch role.</source>
        <translation>Jeder Haken, jede Notiz und jeder Wert, den Sie eingeben, wird im Prüfpfad mit Ihrem Namen und Ihrer Launch-Rolle gezeichnet.</translation>
    </message>
    <message>
        <source>e.g. Dana Schulz</source>
        <translation>z. B. Dana Schulz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>OutageLog</name>
    <message>
        <source>A maintenance window needs a start before its end.</source>
        <translation>Ein Wartungsfenster braucht einen Beginn vor seinem Ende.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The outbox %1 failed while %2: %3</source>
        <translation>Der Postausgang %1 meldete %2 einen Fehler: %3</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>beim Öffnen</translation>
    </message>
    <message>
        <source>setting it up</source>
        <translation>beim Einrichten</translation>
    </message>
    <message>
        <source>keeping a change</source>
        <translation>beim Aufbewahren einer Änderung</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>beim Lesen</translation>
    </message>
    <message>
        <source>The outbox %1 holds change #%2 of a kind this version does not know; it was left as it is.</source>
        <translation>Der Postausgang %1 enthält die Änderung #%2 einer Art, die diese Version nicht kennt; er wurde so belassen.</translation>
    </message>
    <message>
        <source>removing a shared change</source>
        <translation>beim Entfernen einer geteilten Änderung</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
            <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PhaseBars</name>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 von %3 erledigt</translation>
    </message>
</context>
<context>
    <name>PlanT0Dialog</name>
    <message>
        <source>Plan T0</source>
        <translation>T0 planen</translation>
    </message>
    <message>
        <source>Go-live (T0), local time (%1):</source>
        <translation>Go-Live (T0), Ortszeit (%1):</translation>
    </message>
    <message>
        <source>T0 is %1 (%2 UTC).</source>
        <translation>T0 ist %1 (%2 UTC).</translation>
    </message>
    <message>
        <source>Not a date and time: type it as %1, e.g. %2.</source>
        <translation>Kein Datum mit Uhrzeit: geben Sie es als %1 ein, z. B. %2.</translation>
    </message>
</context>
<context>
    <name>PostgresProbe</name>
    <message>
        <source>accepting connections</source>
        <translation>nimmt Verbindungen an</translation>
    </message>
    <message>
        <source>no response: not a PostgreSQL server (first byte 0x%1)</source>
        <translation>keine Antwort: kein PostgreSQL-Server (erstes Byte 0x%1)</translation>
    </message>
    <message>
        <source>no response: a malformed error message</source>
        <translation>keine Antwort: eine fehlerhafte Fehlermeldung</translation>
    </message>
    <message>
        <source>starting up</source>
        <translation>startet gerade</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>fährt herunter</translation>
    </message>
    <message>
        <source>in recovery</source>
        <translation>in Wiederherstellung</translation>
    </message>
    <message>
        <source>rejecting connections (%1)</source>
        <translation>weist Verbindungen ab (%1)</translation>
    </message>
    <message>
        <source>accepting connections (server said %1: %2)</source>
        <translation>nimmt Verbindungen an (Server meldete %1: %2)</translation>
    </message>
    <message>
        <source>no response within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no response: an endless reply</source>
        <translation>keine Antwort: eine endlose Antwort</translation>
    </message>
    <message>
        <source>no response: the server closed the connection without answering</source>
        <translation>keine Antwort: der Server schloss die Verbindung ohne zu antworten</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
</context>
<context>
    <name>PostgresQueryCollector</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>Qts PostgreSQL-Treiber (QPSQL) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>the query failed: %1</source>
        <translation>die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the query must give one column, it gave %1</source>
        <translation>die Abfrage muss eine Spalte liefern, sie lieferte %1</translation>
    </message>
    <message>
        <source>the query gave no row</source>
        <translation>die Abfrage lieferte keine Zeile</translation>
    </message>
    <message>
        <source>the query gave NULL</source>
        <translation>die Abfrage lieferte NULL</translation>
    </message>
    <message>
        <source>the query gave &quot;%1&quot;, not a number</source>
        <translation>die Abfrage lieferte „%1“, keine Zahl</translation>
    </message>
    <message>
        <source>the query must give one row, it gave more</source>
        <translation>die Abfrage muss eine Zeile liefern, sie lieferte mehrere</translation>
    </message>
    <message>
        <source>the query gave %1; a figure is never negative</source>
        <translation>die Abfrage ergab %1; eine Kennzahl ist nie negativ</translation>
    </message>
    <message>
        <source>the query gave %1, beyond what a figure can hold</source>
        <translation>die Abfrage ergab %1, mehr als ein Wert fassen kann</translation>
    </message>
</context>
<context>
    <name>PostgresRecord</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed, so %1 cannot be opened: install libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert, daher kann %1 nicht geöffnet werden: Installieren Sie libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The password for %1 could not be read from the keychain: %2</source>
        <translation>Das Passwort für %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>The team record %1 cannot be opened: %2</source>
        <translation>Das Team-Protokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ProbeHistory</name>
    <message>
        <source>The probe history %1 is damaged (%2) while %3. It was left untouched; move it away to start a new history.</source>
        <translation>Der Prüfverlauf %1 ist beschädigt (%2; %3). Er wurde nicht angerührt; verschieben Sie ihn, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The disk holding the probe history %1 is full while %2: %3. Nothing was saved.</source>
        <translation>Der Datenträger mit dem Prüfverlauf %1 ist %2 voll: %3. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The probe history %1 is busy (another program held it for 5 s) while %2.</source>
        <translation>Der Prüfverlauf %1 ist belegt (ein anderes Programm hielt ihn %2 5 s lang gesperrt).</translation>
    </message>
    <message>
        <source>The probe history %1 failed while %2: %3</source>
        <translation>Der Prüfverlauf %1 meldete %2 einen Fehler: %3</translation>
    </message>
    <message>
        <source>probe history</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>beim Öffnen</translation>
    </message>
    <message>
        <source>reading its tables</source>
        <translation>beim Lesen seiner Tabellen</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program (or another Go-Live Control file), not a probe history. It was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms (oder eine andere Datei von Go-Live Control), kein Prüfverlauf. Sie wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>reading its schema version</source>
        <translation>beim Lesen seiner Schemaversion</translation>
    </message>
    <message>
        <source>The probe history %1 was written by a newer Go-Live Control (schema %2; this version knows schema %3). It was left untouched: update Go-Live Control to open it.</source>
        <translation>Der Prüfverlauf %1 wurde von einem neueren Go-Live Control geschrieben (Schema %2; diese Version kennt Schema %3). Er wurde nicht angerührt: aktualisieren Sie Go-Live Control, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The probe history %1 is damaged (%2). It was left untouched; move it away to start a new history.</source>
        <translation>Der Prüfverlauf %1 ist beschädigt (%2). Er wurde nicht angerührt; verschieben Sie ihn, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>setting it up</source>
        <translation>beim Einrichten</translation>
    </message>
    <message>
        <source>starting its set-up</source>
        <translation>beim Beginn der Einrichtung</translation>
    </message>
    <message>
        <source>upgrading it to schema %1</source>
        <translation>beim Aktualisieren auf Schema %1</translation>
    </message>
    <message>
        <source>upgrading it</source>
        <translation>beim Aktualisieren</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>beim Nachschlagen von %1</translation>
    </message>
    <message>
        <source>A maintenance window must end after it starts (%1 to %2).</source>
        <translation>Ein Wartungsfenster muss nach seinem Beginn enden (%1 bis %2).</translation>
    </message>
    <message>
        <source>saving a maintenance window</source>
        <translation>beim Speichern eines Wartungsfensters</translation>
    </message>
    <message>
        <source>removing maintenance window #%1</source>
        <translation>beim Entfernen von Wartungsfenster #%1</translation>
    </message>
    <message>
        <source>The probe history %1 has no maintenance window #%2.</source>
        <translation>Der Prüfverlauf %1 hat kein Wartungsfenster #%2.</translation>
    </message>
    <message>
        <source>reading the maintenance windows</source>
        <translation>beim Lesen der Wartungsfenster</translation>
    </message>
    <message>
        <source>Pruning the probe history %1 needs a valid time.</source>
        <translation>Das Aufräumen des Prüfverlaufs %1 braucht eine gültige Zeit.</translation>
    </message>
    <message>
        <source>starting to prune it</source>
        <translation>beim Beginn des Aufräumens</translation>
    </message>
    <message>
        <source>pruning it</source>
        <translation>beim Aufräumen</translation>
    </message>
    <message>
        <source>reading the uptime of %1</source>
        <translation>beim Lesen der Verfügbarkeit von %1</translation>
    </message>
    <message>
        <source>reading the latency of %1</source>
        <translation>beim Lesen der Latenz von %1</translation>
    </message>
    <message>
        <source>reading the %1 of %2</source>
        <translation>beim Lesen der %1 von %2</translation>
    </message>
    <message>
        <source>state changes</source>
        <translation>Zustandswechsel</translation>
    </message>
    <message>
        <source>results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>starting to record results</source>
        <translation>beim Beginn der Aufzeichnung von Ergebnissen</translation>
    </message>
    <message>
        <source>reading the service %1</source>
        <translation>beim Lesen des Dienstes %1</translation>
    </message>
    <message>
        <source>No probe interval was given for the service %1; nothing was recorded in %2.</source>
        <translation>Für den Dienst %1 wurde kein Prüfintervall angegeben; in %2 wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>beim Aufzeichnen von %1</translation>
    </message>
    <message>
        <source>recording results</source>
        <translation>beim Aufzeichnen der Ergebnisse</translation>
    </message>
    <message>
        <source>updating the rollups</source>
        <translation>beim Aktualisieren der Zusammenfassungen</translation>
    </message>
    <message>
        <source>committing results</source>
        <translation>beim Übernehmen der Ergebnisse</translation>
    </message>
    <message>
        <source>reading the latest result of %1</source>
        <translation>beim Lesen des letzten Ergebnisses von %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Go-Live Control cannot start</source>
        <translation>Go-Live Control kann nicht starten</translation>
    </message>
    <message>
        <source>There is no incident %1 in this record.</source>
        <translation>In diesem Protokoll gibt es keine Störung %1.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>due in %1 min</source>
        <translation>fällig in %1 min</translation>
    </message>
    <message>
        <source> · until %1</source>
        <translation> · bis %1</translation>
    </message>
    <message>
        <source> · since %1</source>
        <translation> · seit %1</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — &lt;i&gt;no contact details yet&lt;/i&gt;</source>
        <translation>%1 — &lt;i&gt;noch keine Kontaktdaten&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 (immediately)</source>
        <translation>%1 (sofort)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Hourly status reports</source>
        <translation>Stündliche Statusberichte</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Launch clock</source>
        <translation>Launch-Uhr</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n rounds missed</source>
        <translation>
            <numerusform>%1 · %n Runde versäumt</numerusform>
            <numerusform>%1 · %n Runden versäumt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since %1 · %n missed</source>
        <translation>
            <numerusform>seit %1 · %n versäumt</numerusform>
            <numerusform>seit %1 · %n versäumt</numerusform>
        </translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Go-Live Control</source>
        <translation>Go-Live Control</translation>
    </message>
    <message>
        <source>Go-Live Control could not be started again on %1.</source>
        <translation>Go-Live Control konnte nicht erneut mit %1 gestartet werden.</translation>
    </message>
    <message>
        <source>Now: due and late</source>
        <translation>Jetzt: fällig und verspätet</translation>
    </message>
</context>
<context>
    <name>RecordAnchor</name>
    <message>
        <source>%1: &quot;%2&quot; is not a head of the record: write SEQ:HASH as golive verify prints it (e.g. 42:3f9a…, 16 to 64 hex digits)</source>
        <translation>%1: „%2“ ist kein Kopf des Datensatzes: schreiben Sie SEQ:HASH, wie golive verify ihn ausgibt (z. B. 42:3f9a…, 16 bis 64 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>cannot read the anchors in %1: %2</source>
        <translation>die Anker in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>of event #%1</source>
        <translation>von Ereignis #%1</translation>
    </message>
    <message>
        <source>event #%1 names the head #%2, which it cannot have seen</source>
        <translation>Ereignis #%1 nennt den Kopf #%2, den es nicht gesehen haben kann</translation>
    </message>
    <message>
        <source>the record %1 holds no event #%2</source>
        <translation>der Datensatz %1 enthält kein Ereignis #%2</translation>
    </message>
    <message>
        <source>the record ends at event #%1, but the anchor %2 names event #%3: events were removed from its end</source>
        <translation>der Datensatz endet bei Ereignis #%1, aber der Anker %2 nennt Ereignis #%3: an seinem Ende wurden Ereignisse entfernt</translation>
    </message>
    <message>
        <source>event #%1 has the hash %2…, but the anchor %3 says %4…: the record was rewritten since the anchor was taken</source>
        <translation>Ereignis #%1 hat den Hash %2…, aber der Anker %3 nennt %4…: der Datensatz wurde umgeschrieben, seit der Anker genommen wurde</translation>
    </message>
    <message>
        <source>%1 is a file of the launch record itself, not a file of anchors; it was not opened</source>
        <translation>%1 ist eine Datei des Launch-Protokolls selbst, keine Datei mit Ankern; sie wurde nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>RecordCopy</name>
    <message>
        <source>%1 does not verify (%2), so it was not copied: a copy would carry the damage along.</source>
        <translation>%1 ist nicht intakt (%2) und wurde daher nicht kopiert: Eine Kopie würde den Schaden mitnehmen.</translation>
    </message>
    <message>
        <source>The copy in %1 does not verify: %2</source>
        <translation>Die Kopie in %1 ist nicht intakt: %2</translation>
    </message>
</context>
<context>
    <name>RecordLocation</name>
    <message>
        <source>The team record address %1 is not usable: %2</source>
        <translation>Die Adresse des Team-Protokolls %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>it holds a password. A password never goes on the command line: set PGPASSWORD, put it in ~/.pgpass, or store it in the keychain and add ?keychain=NAME.</source>
        <translation>sie enthält ein Passwort. Ein Passwort gehört nie auf die Befehlszeile: Setzen Sie PGPASSWORD, tragen Sie es in ~/.pgpass ein, oder speichern Sie es im Schlüsselbund und fügen Sie ?keychain=NAME an.</translation>
    </message>
    <message>
        <source>it names no database (postgresql://user@host:port/dbname)</source>
        <translation>sie nennt keine Datenbank (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode muss eines von %1 sein</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: sslmode, keychain)</source>
        <translation>unbekannte Option „%1“ (bekannt: sslmode, keychain)</translation>
    </message>
</context>
<context>
    <name>RecordVerdict</name>
    <message>
        <source>the audit trail of %1 does not verify (first bad event: #%2: %3). Run golive verify.</source>
        <translation>das Prüfprotokoll von %1 ist nicht in Ordnung (erstes fehlerhaftes Ereignis: #%2: %3). Führen Sie golive verify aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) name a head of the record that its chain does not hold</source>
        <translation>
            <numerusform>%n Ereignis nennt einen Kopf des Datensatzes, den seine Kette nicht enthält</numerusform>
            <numerusform>%n Ereignisse nennen einen Kopf des Datensatzes, den seine Kette nicht enthält</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) do not match what they claim to cover</source>
        <translation>
            <numerusform>%n Unterschrift passt nicht zu dem, was sie abzudecken vorgibt</numerusform>
            <numerusform>%n Unterschriften passen nicht zu dem, was sie abzudecken vorgeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>%1 %2</source>
        <comment>a round and its number: Hour 3</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>report takes no arguments: golive report --out FILE.pdf [--format pdf|html] [--page-size A4|Letter]</source>
        <translation>report nimmt keine Argumente an: golive report --out DATEI.pdf [--format pdf|html] [--page-size A4|Letter]</translation>
    </message>
    <message>
        <source>report needs --out FILE: where to write the report</source>
        <translation>report braucht --out DATEI: wohin der Bericht geschrieben werden soll</translation>
    </message>
    <message>
        <source>unknown report format &quot;%1&quot;: use pdf or html</source>
        <translation>unbekanntes Berichtsformat „%1“: verwenden Sie pdf oder html</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;: use A4 or Letter</source>
        <translation>unbekannte Seitengröße „%1“: verwenden Sie A4 oder Letter</translation>
    </message>
    <message>
        <source>Replaced %1 with the T+7 report (%2, %3).</source>
        <translation>%1 durch den T+7-Bericht ersetzt (%2, %3).</translation>
    </message>
    <message>
        <source>Wrote the T+7 report to %1 (%2, %3).</source>
        <translation>T+7-Bericht nach %1 geschrieben (%2, %3).</translation>
    </message>
    <message>
        <source>no pages</source>
        <translation>keine Seiten</translation>
    </message>
    <message>
        <source>the audit trail of %1 did not verify; the report says where: %2</source>
        <translation>das Prüfprotokoll von %1 ist nicht intakt; der Bericht nennt die Stelle: %2</translation>
    </message>
</context>
<context>
    <name>ReportDesk</name>
    <message>
        <source>Hour %1 is not over yet.</source>
        <translation>Stunde %1 ist noch nicht vorbei.</translation>
    </message>
    <message>
        <source>%1 is a count: &quot;%2&quot; is not a whole number.</source>
        <translation>%1 ist eine Anzahl: „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>System health is Green, Yellow or Red, not &quot;%1&quot;.</source>
        <translation>Der Systemzustand ist Green, Yellow oder Red, nicht „%1“.</translation>
    </message>
    <message>
        <source>Hour %1 is not over yet: its report is filled in once it is.</source>
        <translation>Stunde %1 ist noch nicht vorbei: ihr Bericht wird ausgefüllt, sobald sie es ist.</translation>
    </message>
    <message>
        <source>Hour %1 was confirmed already; correct its values instead.</source>
        <translation>Stunde %1 wurde bereits bestätigt; korrigieren Sie stattdessen ihre Werte.</translation>
    </message>
</context>
<context>
    <name>ReportProposal</name>
    <message>
        <source>no %1 collector in the catalogue</source>
        <translation>kein %1-Kollektor im Katalog</translation>
    </message>
</context>
<context>
    <name>ReportsCharts</name>
    <message>
        <source>Per hour:</source>
        <translation>Pro Stunde:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Workflows executed</source>
        <translation>Ausgeführte Workflows</translation>
    </message>
    <message>
        <source>Failed executions</source>
        <translation>Fehlgeschlagene Ausführungen</translation>
    </message>
    <message>
        <source>Hour %1</source>
        <translation>Stunde %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No hour of the launch is over in this range.</source>
        <translation>In diesem Zeitraum ist keine Stunde des Launchs vorbei.</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>dd.MM HH:mm</source>
        <comment>date format: day, month and time</comment>
        <translation>dd.MM. HH:mm</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Italic blue: proposed from the services&apos; data. Bold: confirmed. Double-click a value to change it; a confirmed value is corrected in the record, old → new.</source>
        <translation>Kursiv blau: aus den Daten der Dienste vorgeschlagen. Fett: bestätigt. Doppelklicken Sie auf einen Wert, um ihn zu ändern; ein bestätigter Wert wird im Protokoll korrigiert, alt → neu.</translation>
    </message>
    <message>
        <source>&lt;i style=&apos;color:#1f5fbf&apos;&gt;proposed&lt;/i&gt; · &lt;b&gt;confirmed&lt;/b&gt; · &lt;span style=&apos;color:#b03a00&apos;&gt;(now …) a newer proposal differs&lt;/span&gt;</source>
        <translation>&lt;i style=&apos;color:#1f5fbf&apos;&gt;vorgeschlagen&lt;/i&gt; · &lt;b&gt;bestätigt&lt;/b&gt; · &lt;span style=&apos;color:#b03a00&apos;&gt;(jetzt …) ein neuerer Vorschlag weicht ab&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Record Hour %1&apos;s report as shown: every value with its source.</source>
        <translation>Den Bericht von Stunde %1 wie angezeigt erfassen: jeden Wert mit seiner Quelle.</translation>
    </message>
    <message>
        <source>Confirm (collecting…)</source>
        <translation>Bestätigen (wird gesammelt…)</translation>
    </message>
</context>
<context>
    <name>ReportsTableModel</name>
    <message>
        <source>upcoming</source>
        <translation>bevorstehend</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>collecting…</source>
        <translation>wird gesammelt…</translation>
    </message>
    <message>
        <source>proposed: confirm</source>
        <translation>vorgeschlagen: bestätigen</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>bestätigt von %1</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (jetzt %2)</translation>
    </message>
    <message>
        <source>Confirmed; source: %1</source>
        <translation>Bestätigt; Quelle: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Typed by the operator (proposed: %1)</source>
        <translation>Vom Bediener eingegeben (vorgeschlagen: %1)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Proposed from %1</source>
        <translation>Vorgeschlagen aus %1</translation>
    </message>
    <message>
        <source>A newer proposal says %1; the confirmed value stays until someone corrects it.</source>
        <translation>Ein neuerer Vorschlag lautet %1; der bestätigte Wert bleibt, bis ihn jemand korrigiert.</translation>
    </message>
    <message>
        <source>Corrected by %1: %2 → %3 %4</source>
        <translation>Korrigiert von %1: %2 → %3 %4</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Hour %1</source>
        <translation>Stunde %1</translation>
    </message>
    <message>
        <source>Hour %1 (T+%1h): %2</source>
        <translation>Stunde %1 (T+%1h): %2</translation>
    </message>
    <message>
        <source>Hour %1
%2</source>
        <translation>Stunde %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %1 UTC (event #%2); %n correction(s)</source>
        <translation>
            <numerusform>Bestätigt %1 UTC (Ereignis #%2); %n Korrektur</numerusform>
            <numerusform>Bestätigt %1 UTC (Ereignis #%2); %n Korrekturen</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>%1 is not recurring work: it has no rounds to tick.</source>
        <translation>%1 ist keine wiederkehrende Arbeit: es gibt keine Runden zum Abhaken.</translation>
    </message>
    <message>
        <source>%1 has rounds 1 to %2; there is no round %3.</source>
        <translation>%1 hat die Runden 1 bis %2; eine Runde %3 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 goes on without end: its next round comes by itself.</source>
        <translation>%1 läuft ohne Ende weiter: die nächste Runde kommt von selbst.</translation>
    </message>
</context>
<context>
    <name>RoundsBox</name>
    <message>
        <source>Add hour</source>
        <translation>Stunde hinzufügen</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Add week</source>
        <translation>Woche hinzufügen</translation>
    </message>
    <message>
        <source>Add month</source>
        <translation>Monat hinzufügen</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Runde hinzufügen</translation>
    </message>
    <message>
        <source>Rounds: %1 of %2 done</source>
        <translation>Runden: %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1, each round ticked on its own (the checklist says: %2).</source>
        <translation>%1, jede Runde wird einzeln abgehakt (die Checkliste sagt: %2).</translation>
    </message>
    <message>
        <source>ddd HH:mm</source>
        <comment>date format: weekday and time</comment>
        <translation>ddd HH:mm</translation>
    </message>
</context>
<context>
    <name>ServiceAlerts</name>
    <message>
        <source>%1 is DOWN</source>
        <translation>%1 ist AUSGEFALLEN</translation>
    </message>
    <message>
        <source>%1 is UP again</source>
        <translation>%1 LÄUFT wieder</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>%1: ${ must be followed by a variable name and } at character %2</source>
        <translation>%1: auf ${ müssen ein Variablenname und } folgen, bei Zeichen %2</translation>
    </message>
    <message>
        <source>unknown kind %1 (use http, tcp, postgres or command)</source>
        <translation>unbekannte Art %1 (http, tcp, postgres oder command verwenden)</translation>
    </message>
    <message>
        <source>no kind, url, target or command</source>
        <translation>kein kind, url, target oder command</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to a %2 service</source>
        <translation>„%1“ gilt nicht für einen %2-Dienst</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>no url</source>
        <translation>keine url</translation>
    </message>
    <message>
        <source>method must be a word such as GET or POST</source>
        <translation>method muss ein Wort wie GET oder POST sein</translation>
    </message>
    <message>
        <source>headers must be an object of name: value</source>
        <translation>headers muss ein Objekt aus Name: Wert sein</translation>
    </message>
    <message>
        <source>header %1 needs a name and a text value</source>
        <translation>Header %1 braucht einen Namen und einen Textwert</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>the value of header %1 has a line break</source>
        <translation>der Wert von Header %1 enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>body must be text or JSON</source>
        <translation>body muss Text oder JSON sein</translation>
    </message>
    <message>
        <source>tlsVerify must be true or false</source>
        <translation>tlsVerify muss true oder false sein</translation>
    </message>
    <message>
        <source>maxRedirects must be a number from 0 to 20</source>
        <translation>maxRedirects muss eine Zahl von 0 bis 20 sein</translation>
    </message>
    <message>
        <source>bad url %1: not a valid URL</source>
        <translation>ungültige url %1: keine gültige URL</translation>
    </message>
    <message>
        <source>bad url %1: it must start with http:// or https://</source>
        <translation>ungültige url %1: sie muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>bad url %1: no host</source>
        <translation>ungültige url %1: kein Host</translation>
    </message>
    <message>
        <source>no target (host:port)</source>
        <translation>kein target (host:port)</translation>
    </message>
    <message>
        <source>bad target %1: write host:port</source>
        <translation>ungültiges target %1: host:port angeben</translation>
    </message>
    <message>
        <source>bad target %1: the port must be a number from 1 to 65535</source>
        <translation>ungültiges target %1: der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>command must be a list of words such as [&quot;docker&quot;, &quot;compose&quot;, &quot;ps&quot;]</source>
        <translation>command muss eine Liste von Wörtern sein, etwa [&quot;docker&quot;, &quot;compose&quot;, &quot;ps&quot;]</translation>
    </message>
    <message>
        <source>interval must be from 1s to 24h, such as 30 or &quot;30s&quot; or &quot;2m&quot;</source>
        <translation>interval muss zwischen 1s und 24h liegen, etwa 30 oder &quot;30s&quot; oder &quot;2m&quot;</translation>
    </message>
    <message>
        <source>timeout must be from 100ms to 10m, such as 5 or &quot;5s&quot;</source>
        <translation>timeout muss zwischen 100ms und 10m liegen, etwa 5 oder &quot;5s&quot;</translation>
    </message>
    <message>
        <source>retries must be a whole number from 0 to 100</source>
        <translation>retries muss eine ganze Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>%1 must be a list of texts such as [&quot;[STATUS] == 200&quot;]</source>
        <translation>%1 muss eine Liste von Texten sein, etwa [&quot;[STATUS] == 200&quot;]</translation>
    </message>
    <message>
        <source>bad %1: %2</source>
        <translation>ungültige %1: %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; uses %3, which a %4 service does not have</source>
        <translation>%1 „%2“ verwendet %3, das ein %4-Dienst nicht hat</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>group must be text</source>
        <translation>group muss Text sein</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>degraded condition</source>
        <translation>Bedingung für „eingeschränkt“</translation>
    </message>
    <message>
        <source>not configured: </source>
        <translation>nicht eingerichtet: </translation>
    </message>
    <message>
        <source>not configured: set </source>
        <translation>nicht eingerichtet: setzen Sie </translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a service catalogue.</source>
        <translation>%1 ist ein Ordner, kein Dienstkatalog.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; a service catalogue may be at most 1 MiB.</source>
        <translation>%1 ist größer als 1 MiB; ein Dienstkatalog darf höchstens 1 MiB groß sein.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4 (offset %5).</source>
        <translation>%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4 (Offset %5).</translation>
    </message>
    <message>
        <source>%1 has no &quot;services&quot; list: write {&quot;services&quot;: [ ... ]}.</source>
        <translation>%1 hat keine „services“-Liste: schreiben Sie {&quot;services&quot;: [ ... ]}.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by service #%2</source>
        <translation>der Name „%1“ wird bereits von Dienst #%2 verwendet</translation>
    </message>
    <message>
        <source>service catalogue</source>
        <translation>Dienstkatalog</translation>
    </message>
</context>
<context>
    <name>ServiceCheck</name>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>connected in %1 ms</source>
        <translation>verbunden in %1 ms</translation>
    </message>
    <message>
        <source>accepting connections (%1 ms)</source>
        <translation>nimmt Verbindungen an (%1 ms)</translation>
    </message>
    <message>
        <source>exit code %1 in %2 ms</source>
        <translation>Exit-Code %1 in %2 ms</translation>
    </message>
    <message>
        <source>%1 wrote more than 1 MiB; output not read further</source>
        <translation>%1 schrieb mehr als 1 MiB; die Ausgabe wurde nicht weiter gelesen</translation>
    </message>
    <message>
        <source>HTTP %1 with a body larger than 1 MiB; not read further</source>
        <translation>HTTP %1 mit einem Body über 1 MiB; nicht weiter gelesen</translation>
    </message>
    <message>
        <source>HTTP 404 in %1 ms: nothing at %2 on this server (is the path right?)</source>
        <translation>HTTP 404 in %1 ms: unter %2 gibt es auf diesem Server nichts (stimmt der Pfad?)</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms: the server refused the credentials</source>
        <translation>HTTP %1 in %2 ms: der Server hat die Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms: %3</source>
        <translation>HTTP %1 in %2 ms: %3</translation>
    </message>
    <message>
        <source>degraded: %1</source>
        <translation>eingeschränkt: %1</translation>
    </message>
    <message>
        <source>not configured here: %1</source>
        <translation>hier nicht eingerichtet: %1</translation>
    </message>
</context>
<context>
    <name>ServiceDetailDialog</name>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>%1 — history</source>
        <translation>%1 — Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Add maintenance window…</source>
        <translation>Wartungsfenster hinzufügen…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Changes of state</source>
        <translation>Zustandswechsel</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Maintenance window for %1</source>
        <translation>Wartungsfenster für %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>in der letzten Stunde</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>since T0</source>
        <translation>seit T0</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: uptime over %6 %2 (measured in time); downtime %L3 min; not monitored %L4 min; maintenance %L5 min.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Verfügbarkeit %6 %2 (nach Zeit gemessen); Ausfallzeit %L3 min; nicht überwacht %L4 min; Wartung %L5 min.</translation>
    </message>
</context>
<context>
    <name>ServiceTile</name>
    <message>
        <source>%1 — %2
Click for the week&apos;s chart and every change of state.</source>
        <translation>%1 — %2
Klicken für das Diagramm der Woche und jeden Zustandswechsel.</translation>
    </message>
    <message>
        <source>not probed yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>– ms</source>
        <translation>– ms</translation>
    </message>
    <message>
        <source>%1 (24 h)</source>
        <translation>%1 (24 h)</translation>
    </message>
    <message>
        <source>%1 since T0</source>
        <translation>%1 seit T0</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>, since T0 %1, 7 days after T0 %2</source>
        <translation>, seit T0 %1, 7 Tage nach T0 %2</translation>
    </message>
    <message>
        <source>Uptime, measured in time: last hour %1, 24 h %2%3
Downtime in 24 h: %L4 min</source>
        <translation>Verfügbarkeit, nach Zeit gemessen: letzte Stunde %1, 24 h %2%3
Ausfallzeit in 24 h: %L4 min</translation>
    </message>
</context>
<context>
    <name>SignOffDesk</name>
    <message>
        <source>Approval of go-live success</source>
        <translation>Freigabe des erfolgreichen Go-Live</translation>
    </message>
    <message>
        <source>Type the signer&apos;s printed name.</source>
        <translation>Geben Sie den Namen der unterschreibenden Person in Druckschrift ein.</translation>
    </message>
    <message>
        <source>The passphrase was given for another name.</source>
        <translation>Die Passphrase wurde für einen anderen Namen eingegeben.</translation>
    </message>
    <message>
        <source>%1 already has a passphrase; sign with it.</source>
        <translation>%1 hat bereits eine Passphrase; unterschreiben Sie damit.</translation>
    </message>
    <message>
        <source>That is not the passphrase of %1.</source>
        <translation>Das ist nicht die Passphrase von %1.</translation>
    </message>
    <message>
        <source>%1 has no passphrase yet: choose one to sign with.</source>
        <translation>%1 hat noch keine Passphrase: Wählen Sie eine, um zu unterschreiben.</translation>
    </message>
    <message>
        <source>The checklist has no signature line for “%1”.</source>
        <translation>Die Checkliste hat keine Unterschriftszeile für „%1“.</translation>
    </message>
    <message>
        <source>What is to be signed changed while the dialog was open; read it again.</source>
        <translation>Der zu unterschreibende Inhalt hat sich geändert, während der Dialog offen war; lesen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>%1 has signed already (%2).</source>
        <translation>%1 hat bereits unterschrieben (%2).</translation>
    </message>
    <message>
        <source>Not every success criterion is met; write why you sign nevertheless.</source>
        <translation>Nicht jedes Erfolgskriterium ist erfüllt; schreiben Sie, warum Sie trotzdem unterschreiben.</translation>
    </message>
    <message>
        <source>Write the reason for refusing.</source>
        <translation>Schreiben Sie den Grund für die Ablehnung.</translation>
    </message>
    <message>
        <source>The team record cannot be reached (%1). Signing needs it: what you sign must be the record as it stands. Sign when the desk is back online.</source>
        <translation>Das Team-Protokoll ist nicht erreichbar (%1). Zum Unterschreiben wird es gebraucht: Was Sie unterschreiben, muss das Protokoll sein, wie es jetzt steht. Unterschreiben Sie, wenn der Arbeitsplatz wieder verbunden ist.</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign: %1</source>
        <translation>Unterschreiben: %1</translation>
    </message>
    <message>
        <source>Refuse to sign: %1</source>
        <translation>Unterschrift verweigern: %1</translation>
    </message>
    <message>
        <source>By signing you declare: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Mit Ihrer Unterschrift erklären Sie: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>You refuse: &lt;b&gt;%1&lt;/b&gt;. Write why below.</source>
        <translation>Sie verweigern: &lt;b&gt;%1&lt;/b&gt;. Schreiben Sie unten, warum.</translation>
    </message>
    <message>
        <source>What you sign:</source>
        <translation>Was Sie unterschreiben:</translation>
    </message>
    <message>
        <source>SHA-256 of the content:</source>
        <translation>SHA-256 des Inhalts:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Printed name:</source>
        <translation>Name in Druckschrift:</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>⚠ Not met or not known: %1. A signature needs a written justification, printed on the report.</source>
        <translation>⚠ Nicht erfüllt oder nicht bekannt: %1. Eine Unterschrift braucht eine schriftliche Begründung, die im Bericht gedruckt wird.</translation>
    </message>
    <message>
        <source>no criteria were evaluated</source>
        <translation>es wurden keine Kriterien ausgewertet</translation>
    </message>
    <message>
        <source>Reason for refusing:</source>
        <translation>Grund der Ablehnung:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterschreiben</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Passphrase wird geprüft …</translation>
    </message>
    <message>
        <source>Type your printed name.</source>
        <translation>Geben Sie Ihren Namen in Druckschrift ein.</translation>
    </message>
    <message>
        <source>What you refuse to sign:</source>
        <translation>Was Sie nicht unterschreiben:</translation>
    </message>
    <message>
        <source>your name, as it is to be printed</source>
        <translation>Ihr Name, wie er gedruckt werden soll</translation>
    </message>
    <message>
        <source>You refuse:</source>
        <translation>Sie verweigern:</translation>
    </message>
    <message>
        <source>Date and time of signing:</source>
        <translation>Datum und Uhrzeit der Unterschrift:</translation>
    </message>
    <message>
        <source>Date and time of refusing:</source>
        <translation>Datum und Uhrzeit der Verweigerung:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Your personal passphrase, as you chose it at your first signature.</source>
        <translation>Ihre persönliche Passphrase, wie Sie sie bei Ihrer ersten Unterschrift gewählt haben.</translation>
    </message>
    <message numerus="yes">
        <source>First signature under this name: choose a personal passphrase (at least %n characters) and type it twice.</source>
        <translation>
            <numerusform>Erste Unterschrift unter diesem Namen: Wählen Sie eine persönliche Passphrase (mindestens %n Zeichen) und geben Sie sie zweimal ein.</numerusform>
            <numerusform>Erste Unterschrift unter diesem Namen: Wählen Sie eine persönliche Passphrase (mindestens %n Zeichen) und geben Sie sie zweimal ein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source>○ not signed yet</source>
        <translation>○ noch nicht unterschrieben</translation>
    </message>
    <message>
        <source>✔ signed by %1 on %2</source>
        <translation>✔ unterschrieben von %1 am %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Justification:&lt;/i&gt; %1</source>
        <translation>&lt;br&gt;&lt;i&gt;Begründung:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>✘ refused by %1 on %2&lt;br&gt;&lt;i&gt;Reason:&lt;/i&gt; %3</source>
        <translation>✘ verweigert von %1 am %2&lt;br&gt;&lt;i&gt;Grund:&lt;/i&gt; %3</translation>
    </message>
    <message>
        <source>⚠ INVALIDATED — signed by %1 on %2; changed by %3 on %4: %5</source>
        <translation>⚠ UNGÜLTIG – unterschrieben von %1 am %2; geändert von %3 am %4: %5</translation>
    </message>
    <message>
        <source>Sign again…</source>
        <translation>Erneut unterschreiben …</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Unterschreiben …</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Verweigern …</translation>
    </message>
    <message>
        <source>A signature given now covers the content with SHA-256 %1.</source>
        <translation>Eine jetzt geleistete Unterschrift deckt den Inhalt mit SHA-256 %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Signatures that do not match the record:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;⚠ Unterschriften, die nicht zum Protokoll passen:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>✖ NOT VALID — &quot;signed&quot; by %1 on %2, but the record does not bear it out: %3</source>
        <translation>✖ UNGÜLTIG — „unterschrieben“ von %1 am %2, aber der Datensatz bestätigt es nicht: %3</translation>
    </message>
</context>
<context>
    <name>SignOffRecord</name>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation>%1 – %2: %3 → %4</translation>
    </message>
    <message>
        <source>T0: %1 → %2</source>
        <translation>T0: %1 → %2</translation>
    </message>
    <message>
        <source>event #%1 (%2): %3</source>
        <translation>Ereignis #%1 (%2): %3</translation>
    </message>
    <message>
        <source>event #%1 (%2 by %3): %4</source>
        <translation>Ereignis #%1 (%2, von %3): %4</translation>
    </message>
    <message>
        <source>the digest does not match the content it claims to cover</source>
        <translation>der Hashwert passt nicht zu dem Inhalt, den er zu decken behauptet</translation>
    </message>
    <message>
        <source>it covers T0 %1, but the record had %2</source>
        <translation>sie deckt T0 %1, aber das Protokoll hatte %2</translation>
    </message>
    <message>
        <source>it covers %1 — %2 = %3, but the record had %4</source>
        <translation>sie deckt %1 – %2 = %3, aber das Protokoll hatte %4</translation>
    </message>
    <message>
        <source>another checklist was imported (%1)</source>
        <translation>eine andere Checkliste wurde importiert (%1)</translation>
    </message>
    <message>
        <source>success criteria: a point was confirmed as %1 (%2)</source>
        <translation>Erfolgskriterien: ein Punkt wurde als %1 bestätigt (%2)</translation>
    </message>
    <message>
        <source>success criteria: a point was measured again: %1 (%2)</source>
        <translation>Erfolgskriterien: ein Punkt wurde erneut gemessen: %1 (%2)</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>SignedContent</name>
    <message>
        <source>the signed content has no figures or criteria</source>
        <translation>der unterschriebene Inhalt hat weder Kennzahlen noch Kriterien</translation>
    </message>
    <message>
        <source>Go-live (T0): %1</source>
        <translation>Go-Live (T0): %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Success criteria: none evaluated</source>
        <translation>Erfolgskriterien: keine ausgewertet</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>NICHT erfüllt</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Figures: %1 of %n blank(s) filled</source>
        <translation>
            <numerusform>Kennzahlen: %1 von %n Feld ausgefüllt</numerusform>
            <numerusform>Kennzahlen: %1 von %n Feldern ausgefüllt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>%1 is a folder, not a %2 file.</source>
        <translation>%1 ist ein Ordner, keine Datei (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Go-Live Control %2 (it is not an SQLite database). The file was left untouched.</source>
        <translation>%1 ist keine Datei von Go-Live Control (%2; es ist keine SQLite-Datenbank). Die Datei wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be written (%3).</source>
        <translation>Die Datei %2 (%1) kann nicht geschrieben werden (%3).</translation>
    </message>
    <message>
        <source>There is no %1 at %2.</source>
        <translation>Unter %2 gibt es keine Datei (%1).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the %2 %3.</source>
        <translation>Der Ordner %1 für die Datei %3 (%2) kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the %1 %2: the folder %3 is not writable (%4).</source>
        <translation>Die Datei %2 (%1) kann nicht angelegt werden: der Ordner %3 ist nicht beschreibbar (%4).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database (a launch record or a probe history), not a %2. It was not read.</source>
        <translation>%1 ist eine SQLite-Datenbank (ein Launch-Protokoll oder ein Prüfverlauf) und wurde nicht als %2 gelesen.</translation>
    </message>
    <message>
        <source>The %1 %2 is damaged: it starts as an SQLite database, but SQLite cannot read its first page. It was left untouched; restore it from a backup.</source>
        <translation>%1 %2 ist beschädigt: Die Datei beginnt wie eine SQLite-Datenbank, aber SQLite kann ihre erste Seite nicht lesen. Sie blieb unangetastet; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>StateStyle</name>
    <message>
        <source>UP</source>
        <translation>LÄUFT</translation>
    </message>
    <message>
        <source>DEGRADED</source>
        <translation>EINGESCHRÄNKT</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>UNSICHER</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>AUSGEFALLEN</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
</context>
<context>
    <name>T0Clock</name>
    <message>
        <source>Plan T0…</source>
        <translation>T0 planen…</translation>
    </message>
    <message>
        <source>T0 not set</source>
        <translation>T0 nicht gesetzt</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <comment>date format: weekday, day, month and time</comment>
        <translation>ddd d. MMM HH:mm</translation>
    </message>
    <message>
        <source>T0 recorded %1</source>
        <translation>T0 erfasst %1</translation>
    </message>
    <message>
        <source>T0 planned %1</source>
        <translation>T0 geplant %1</translation>
    </message>
</context>
<context>
    <name>T7Chart</name>
    <message>
        <source>%1: not monitored</source>
        <translation>%1: nicht überwacht</translation>
    </message>
    <message>
        <source>%1: uptime %2 %, down %3 min</source>
        <translation>%1: Verfügbarkeit %2 %, Ausfall %3 min</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>AUSFALL</translation>
    </message>
    <message>
        <source>DEGRADED</source>
        <translation>GESTÖRT</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>T0 %1</source>
        <translation>T0 %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>no latency measured in these seven days</source>
        <translation>in diesen sieben Tagen keine Latenz gemessen</translation>
    </message>
</context>
<context>
    <name>T7Report</name>
    <message>
        <source>entered by %1</source>
        <translation>eingetragen von %1</translation>
    </message>
    <message>
        <source>the checklist template</source>
        <translation>die Checklistenvorlage</translation>
    </message>
    <message>
        <source>Approval of go-live success</source>
        <translation>Freigabe des erfolgreichen Go-Live</translation>
    </message>
    <message>
        <source>No T0 is recorded or planned: there is no window of seven days to report uptime and latency for.</source>
        <translation>Kein T0 erfasst oder geplant: Es gibt kein Sieben-Tage-Fenster, für das Verfügbarkeit und Latenz berichtet werden können.</translation>
    </message>
    <message>
        <source>This desk has no probe history (%1): uptime and latency are measured where the monitor ran.</source>
        <translation>Dieser Arbeitsplatz hat keinen Messverlauf (%1): Verfügbarkeit und Latenz werden dort gemessen, wo die Überwachung lief.</translation>
    </message>
</context>
<context>
    <name>T7ReportActions</name>
    <message>
        <source>T+7 &amp;report…</source>
        <translation>T+7-&amp;Bericht…</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>Bericht als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>T+7 report</source>
        <translation>T+7-Bericht</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>T7ReportDocument</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Launch summary</source>
        <translation>Go-Live-Übersicht</translation>
    </message>
    <message>
        <source>not recorded (planned %1)</source>
        <translation>nicht erfasst (geplant: %1)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>T0 (go-live)</source>
        <translation>T0 (Go-Live)</translation>
    </message>
    <message>
        <source>T0 planned</source>
        <translation>T0 geplant</translation>
    </message>
    <message>
        <source>Reported period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Launch record</source>
        <translation>Go-Live-Protokoll</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Who ran the launch</source>
        <translation>Wer den Go-Live durchgeführt hat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erstes</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letztes</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Done: ticked by %1.</source>
        <translation>Erledigt: abgehakt von %1.</translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation>Nicht abgehakt.</translation>
    </message>
    <message>
        <source>Day 7 statistics</source>
        <translation>Tag-7-Statistiken</translation>
    </message>
    <message>
        <source>This checklist has no Day 7 review section: there are no Day 7 statistics to report.</source>
        <translation>Diese Checkliste hat keinen Abschnitt für die Tag-7-Auswertung: Es gibt keine Tag-7-Statistik zu berichten.</translation>
    </message>
    <message>
        <source>The Day 7 review (&quot;%1&quot;) has no task that collects statistics.</source>
        <translation>Die Tag-7-Auswertung („%1“) hat keine Aufgabe, die Statistiken erfasst.</translation>
    </message>
    <message>
        <source>From &quot;%1&quot; → &quot;%2&quot;. %3</source>
        <translation>Aus „%1“ → „%2“. %3</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Entered by / source</source>
        <translation>Erfasst von / Quelle</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>By, when</source>
        <translation>Wer, wann</translation>
    </message>
    <message>
        <source>The success criteria have not been evaluated for this report: every criterion is not known.</source>
        <translation>Die Erfolgskriterien wurden für diesen Bericht nicht ausgewertet: Jedes Kriterium gilt als nicht bekannt.</translation>
    </message>
    <message>
        <source>Overall: %1.</source>
        <translation>Gesamt: %1.</translation>
    </message>
    <message>
        <source>confirmed by %1, %2: %3</source>
        <translation>bestätigt von %1, %2: %3</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Signed by %1 (%2) although a criterion is not met. Justification: %3</source>
        <translation>Unterschrieben von %1 (%2), obwohl ein Kriterium nicht erfüllt ist. Begründung: %3</translation>
    </message>
    <message>
        <source>Hourly status reports</source>
        <translation>Stündliche Statusberichte</translation>
    </message>
    <message>
        <source>No hourly report was confirmed.</source>
        <translation>Es wurde kein Stundenbericht bestätigt.</translation>
    </message>
    <message>
        <source>Hour %1</source>
        <translation>Stunde %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Tickets: total tickets processed; workflows: total workflows executed; failed: failed executions.</source>
        <translation>Tickets: bearbeitete Tickets insgesamt; Workflows: ausgeführte Workflows insgesamt; Fehler: fehlgeschlagene Ausführungen.</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Window (UTC)</source>
        <translation>Zeitfenster (UTC)</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message>
        <source>entered by the operator</source>
        <translation>vom Bediener eingetragen</translation>
    </message>
    <message>
        <source>corrected from &quot;%1&quot; to &quot;%2&quot; by %3, %4%5</source>
        <translation>von „%1“ auf „%2“ korrigiert durch %3, %4%5</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Where the values came from</source>
        <translation>Herkunft der Werte</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>No incident was opened.</source>
        <translation>Es wurde keine Störung eröffnet.</translation>
    </message>
    <message>
        <source>%1 after %2: %3</source>
        <translation>%1 nach %2: %3</translation>
    </message>
    <message>
        <source>NOT RESOLVED</source>
        <translation>NICHT GELÖST</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 bis %2: %3</translation>
    </message>
    <message>
        <source>started %1, not finished</source>
        <translation>begonnen %1, nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Type, level</source>
        <translation>Typ, Stufe</translation>
    </message>
    <message>
        <source>%1, level %2</source>
        <translation>%1, Stufe %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>First acknowledged</source>
        <translation>Erstmals bestätigt</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>%1 timeline</source>
        <translation>Zeitverlauf %1</translation>
    </message>
    <message>
        <source>Uptime and latency per service</source>
        <translation>Verfügbarkeit und Latenz je Dienst</translation>
    </message>
    <message>
        <source>Measured by this desk&apos;s probes from %1 to %2. Uptime counts UP, DEGRADED and unconfirmed failures as up and confirmed DOWN as down; time nobody monitored and maintenance windows are left out.</source>
        <translation>Gemessen von den Prüfungen dieses Arbeitsplatzes von %1 bis %2. Als verfügbar zählen UP, DEGRADED und unbestätigte Ausfälle, als ausgefallen nur bestätigtes DOWN; nicht überwachte Zeit und Wartungsfenster bleiben unberücksichtigt.</translation>
    </message>
    <message>
        <source>The probe history has no results.</source>
        <translation>Der Prüfverlauf enthält keine Ergebnisse.</translation>
    </message>
    <message>
        <source>Down and degraded in minutes; unmonitored and maintenance in hours; latency in milliseconds.</source>
        <translation>Ausgefallen und eingeschränkt in Minuten; unüberwacht und Wartung in Stunden; Latenz in Millisekunden.</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Unmonitored</source>
        <translation>Unüberwacht</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Solid line: average latency; dashed line: maximum latency; hatched: DOWN; dotted: DEGRADED.</source>
        <translation>Durchgezogene Linie: mittlere Latenz; gestrichelte Linie: maximale Latenz; schraffiert: DOWN; gepunktet: DEGRADED.</translation>
    </message>
    <message>
        <source>Checklist completion</source>
        <translation>Erledigung der Checkliste</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Who ticked what, when</source>
        <translation>Wer hat was wann abgehakt</translation>
    </message>
    <message>
        <source>Nothing is ticked.</source>
        <translation>Nichts ist abgehakt.</translation>
    </message>
    <message>
        <source>Ticked by</source>
        <translation>Abgehakt von</translation>
    </message>
    <message>
        <source>Audit trail integrity</source>
        <translation>Integrität des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Head event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Head hash (SHA-256)</source>
        <translation>Letzter Hash (SHA-256)</translation>
    </message>
    <message>
        <source>BROKEN: the first bad event is #%1: %2</source>
        <translation>GEBROCHEN: Das erste fehlerhafte Ereignis ist #%1: %2</translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1</source>
        <translation>NICHT GEPRÜFT: %1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Each line below is the record&apos;s sign-off for one role of the checklist.</source>
        <translation>Jeder Eintrag unten ist die im Protokoll erfasste Abnahme für eine Rolle der Checkliste.</translation>
    </message>
    <message>
        <source>The checklist names no signature lines.</source>
        <translation>Die Checkliste nennt keine Unterschriftszeilen.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Name in Druckschrift</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Content digest (SHA-256)</source>
        <translation>Inhalts-Hash (SHA-256)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>Ungültig geworden</translation>
    </message>
    <message>
        <source>by %1, %2: %3</source>
        <translation>von %1, %2: %3</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>T+7 Go-Live Report</source>
        <translation>T+7-Go-Live-Bericht</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-Live</translation>
    </message>
    <message>
        <source>%1 — T0 %2</source>
        <translation>%1 — T0 %2</translation>
    </message>
    <message>
        <source>%1 — no T0</source>
        <translation>%1 — kein T0</translation>
    </message>
    <message>
        <source>MET</source>
        <translation>ERFÜLLT</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NICHT ERFÜLLT</translation>
    </message>
    <message>
        <source>NOT KNOWN</source>
        <translation>NICHT BEKANNT</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>UNTERSCHRIEBEN</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>VERWEIGERT</translation>
    </message>
    <message>
        <source>INVALIDATED</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>MISSING: not signed yet</source>
        <translation>FEHLT: noch nicht unterschrieben</translation>
    </message>
    <message>
        <source>Made by Go-Live Control %1 on %2.</source>
        <translation>Erstellt mit Go-Live Control %1 am %2.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%1 (program, %n event(s))</source>
        <translation>
            <numerusform>%1 (Programm, %n Ereignis)</numerusform>
            <numerusform>%1 (Programm, %n Ereignisse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n event(s))</source>
        <translation>
            <numerusform>%1 (%n Ereignis)</numerusform>
            <numerusform>%1 (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <source>No person has recorded anything yet.</source>
        <translation>Noch keine Person hat etwas aufgezeichnet.</translation>
    </message>
    <message>
        <source>Also recorded by: %1.</source>
        <translation>Ebenfalls aufgezeichnet von: %1.</translation>
    </message>
    <message numerus="yes">
        <source>INTACT: all %n event(s) of the launch record were verified (hash chain, each event&apos;s stored form, the checklist templates and the projection cache).</source>
        <translation>
            <numerusform>UNVERSEHRT: Das %n Ereignis des Launch-Protokolls wurde geprüft (Hash-Kette, seine gespeicherte Form, die Checklisten-Vorlagen und der Projektions-Cache).</numerusform>
            <numerusform>UNVERSEHRT: Alle %n Ereignisse des Launch-Protokolls wurden geprüft (Hash-Kette, die gespeicherte Form jedes Ereignisses, die Checklisten-Vorlagen und der Projektions-Cache).</numerusform>
        </translation>
    </message>
    <message>
        <source>THIS LAUNCH RECORD DOES NOT VERIFY (first bad event #%1): %2</source>
        <translation>DIESER LAUNCH-DATENSATZ IST NICHT IN ORDNUNG (erstes fehlerhaftes Ereignis #%1): %2</translation>
    </message>
    <message>
        <source>THIS LAUNCH RECORD COULD NOT BE VERIFIED: %1</source>
        <translation>DIESER LAUNCH-DATENSATZ KONNTE NICHT GEPRÜFT WERDEN: %1</translation>
    </message>
    <message>
        <source>What follows is what the record holds now, not necessarily what was recorded.</source>
        <translation>Was folgt, ist, was der Datensatz jetzt enthält, nicht unbedingt, was aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>%1 — %2: &quot;signed&quot; as %3</source>
        <translation>%1 — %2: „unterschrieben“ als %3</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Record head %1</source>
        <translation>Kopf des Datensatzes %1</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
</context>
<context>
    <name>T7ReportOutput</name>
    <message>
        <source>Made %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The report could not be laid out as PDF.</source>
        <translation>Der Bericht konnte nicht als PDF gesetzt werden.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>TcpProbe</name>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation>Verbindung vom Server geschlossen</translation>
    </message>
    <message>
        <source>network unreachable (%1)</source>
        <translation>Netzwerk nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>use: golive copy --from A --to B (each a store file or postgresql://user@host:port/dbname)</source>
        <translation>Aufruf: golive copy --from A --to B (jeweils eine Datenbankdatei oder postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>use: golive sync --db postgresql://… [--list]</source>
        <translation>Aufruf: golive sync --db postgresql://… [--list]</translation>
    </message>
    <message>
        <source>%1 is a store file of this desk: only a team record (--db postgresql://…) has an outbox.</source>
        <translation>%1 ist eine Datenbankdatei dieses Arbeitsplatzes: Nur ein Team-Protokoll (--db postgresql://…) hat einen Postausgang.</translation>
    </message>
    <message>
        <source>Nothing waits to be shared with %1.</source>
        <translation>Nichts wartet darauf, mit %1 geteilt zu werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline wait to be shared with %1:</source>
        <translation>
            <numerusform>%n offline gemachte Änderung wartet darauf, mit %1 geteilt zu werden:</numerusform>
            <numerusform>%n offline gemachte Änderungen warten darauf, mit %1 geteilt zu werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The changes stay in the outbox %2.</source>
        <translation>%1 Die Änderungen bleiben im Postausgang %2.</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n change(s), each with the time it was made.</source>
        <translation>
            <numerusform>%n Änderung geteilt, mit der Zeit, zu der sie gemacht wurde.</numerusform>
            <numerusform>%n Änderungen geteilt, jede mit der Zeit, zu der sie gemacht wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Collision: #%1 (%2, %3 at %4) met #%5, which someone else made meanwhile; both are in the record, yours after.</source>
        <translation>  Kollision: #%1 (%2, %3 um %4) traf auf #%5, das jemand anderes inzwischen gemacht hat; beide stehen im Protokoll, Ihre danach.</translation>
    </message>
    <message>
        <source>%1 The rest stays in the outbox %2.</source>
        <translation>%1 Der Rest bleibt im Postausgang %2.</translation>
    </message>
    <message>
        <source>Copied %1 and %2 from %3 to %4; the copy verifies.</source>
        <translation>%1 und %2 von %3 nach %4 kopiert; die Kopie ist unversehrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist template(s)</source>
        <translation>
            <numerusform>%n Checklisten-Vorlage</numerusform>
            <numerusform>%n Checklisten-Vorlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDesk</name>
    <message>
        <source>Type the name of the person to grant the role to.</source>
        <translation>Geben Sie den Namen der Person ein, der die Rolle erteilt werden soll.</translation>
    </message>
    <message>
        <source>“%1” is not a role of this launch; the roles are: %2.</source>
        <translation>„%1“ ist keine Rolle dieses Go-Live; die Rollen sind: %2.</translation>
    </message>
    <message>
        <source>%1 does not hold the role “%2”.</source>
        <translation>%1 hat die Rolle „%2“ nicht.</translation>
    </message>
    <message>
        <source>%1 is the last Platform Lead: grant the role to someone else first.</source>
        <translation>%1 ist der letzte Platform Lead: Erteilen Sie die Rolle zuerst jemand anderem.</translation>
    </message>
</context>
<context>
    <name>TeamPolicy</name>
    <message>
        <source>%1 may not sign the %2 line: that needs the record role %3.</source>
        <translation>%1 darf die Zeile %2 nicht unterschreiben: Dazu ist die Protokollrolle %3 nötig.</translation>
    </message>
    <message>
        <source>%1 may not refuse the %2 line: that needs the record role %3.</source>
        <translation>%1 darf die Zeile %2 nicht verweigern: Dazu ist die Protokollrolle %3 nötig.</translation>
    </message>
    <message>
        <source>%1 may not open an incident: that needs one of the record roles %2.</source>
        <translation>%1 darf keine Störung eröffnen: Dazu ist eine der Protokollrollen %2 nötig.</translation>
    </message>
    <message>
        <source>%1 may not grant this role: the record has no roles yet, so the first grant must make %1 %2.</source>
        <translation>%1 darf diese Rolle nicht erteilen: Das Protokoll hat noch keine Rollen, daher muss die erste Erteilung %1 zum %2 machen.</translation>
    </message>
    <message>
        <source>%1 may not grant record roles: that needs the record role %2.</source>
        <translation>%1 darf keine Protokollrollen erteilen: Dazu ist die Protokollrolle %2 nötig.</translation>
    </message>
    <message>
        <source>%1 may not revoke record roles: that needs the record role %2.</source>
        <translation>%1 darf keine Protokollrollen entziehen: Dazu ist die Protokollrolle %2 nötig.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a role&apos;s name in quotes</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>TeamRecordAddress</name>
    <message>
        <source>The team record needs %1.</source>
        <translation>Das Team-Protokoll braucht %1.</translation>
    </message>
    <message>
        <source>a server (host name or address)</source>
        <translation>einen Server (Hostname oder Adresse)</translation>
    </message>
    <message>
        <source>a port between 1 and 65535</source>
        <translation>einen Port zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>eine Datenbank</translation>
    </message>
    <message>
        <source>the name of the secret in the keychain</source>
        <translation>den Namen des Geheimnisses im Schlüsselbund</translation>
    </message>
    <message>
        <source>The team record address is not usable: %1</source>
        <translation>Die Adresse des Team-Protokolls ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>TeamRecordProbe</name>
    <message>
        <source>Reachable, but the database is empty: the record will be created on connect.</source>
        <translation>Erreichbar, aber die Datenbank ist leer: Das Protokoll wird beim Verbinden angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Reachable: the team record holds %n event(s).</source>
        <translation>
            <numerusform>Erreichbar: Das Team-Protokoll enthält %n Ereignis.</numerusform>
            <numerusform>Erreichbar: Das Team-Protokoll enthält %n Ereignisse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamRolesDialog</name>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Erteilen</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>E&amp;ntziehen</translation>
    </message>
    <message>
        <source>Team roles</source>
        <translation>Team-Rollen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Record roles</source>
        <translation>Protokollrollen</translation>
    </message>
    <message>
        <source>Name as the person signs and works at the desk</source>
        <translation>Name, mit dem die Person unterschreibt und am Arbeitsplatz arbeitet</translation>
    </message>
    <message>
        <source>The record&apos;s roles are enforced: a sign-off line needs its own role, opening an incident needs any role, granting and revoking need Platform Lead. Every refusal is recorded.</source>
        <translation>Die Rollen des Protokolls werden geprüft: Eine Abnahmezeile erfordert ihre eigene Rolle, eine Störung zu eröffnen irgendeine Rolle, Rollen zu erteilen und zu entziehen den Platform Lead. Jede Ablehnung wird protokolliert.</translation>
    </message>
    <message>
        <source>No roles are granted yet, so everyone may sign, refuse and open incidents, as at a single desk. The first grant makes you Platform Lead and starts the checks.</source>
        <translation>Noch sind keine Rollen erteilt, daher darf jeder unterschreiben, verweigern und Störungen eröffnen, wie an einem einzelnen Arbeitsplatz. Die erste Erteilung macht Sie zum Platform Lead und startet die Prüfung.</translation>
    </message>
    <message>
        <source>You act as %1.</source>
        <translation>Sie handeln als %1.</translation>
    </message>
</context>
<context>
    <name>TeamStatusLabel</name>
    <message>
        <source>Team record %1 — shared live</source>
        <translation>Team-Protokoll %1 — live geteilt</translation>
    </message>
    <message>
        <source>Every change is written to the team&apos;s PostgreSQL server at once and shows on every desk within a second.</source>
        <translation>Jede Änderung wird sofort auf den PostgreSQL-Server des Teams geschrieben und erscheint binnen einer Sekunde an jedem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>nothing waiting to be shared</source>
        <translation>nichts wartet aufs Teilen</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a4b00&apos;&gt;OFFLINE since %1 — %2&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8a4b00&apos;&gt;OFFLINE seit %1 — %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The team record %1 cannot be reached: %2

Changes made now are kept on this desk and shared when the server answers.</source>
        <translation>Das Team-Protokoll %1 ist nicht erreichbar: %2

Jetzt gemachte Änderungen werden an diesem Arbeitsplatz aufbewahrt und geteilt, sobald der Server antwortet.</translation>
    </message>
    <message numerus="yes">
        <source> — sharing %n change(s)…</source>
        <translation>
            <numerusform> — %n Änderung wird geteilt…</numerusform>
            <numerusform> — %n Änderungen werden geteilt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet shared</source>
        <translation>
            <numerusform>%n Änderung noch nicht geteilt</numerusform>
            <numerusform>%n Änderungen noch nicht geteilt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateDiff</name>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert</translation>
    </message>
    <message>
        <source>, %1 moved</source>
        <translation>, %1 verschoben</translation>
    </message>
</context>
<context>
    <name>TemplateFile</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Markdown checklist.</source>
        <translation>%1 ist ein Ordner, keine Markdown-Checkliste.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a checklist template may be at most 10 MB. Nothing was imported.</source>
        <translation>%1 ist %2 MB groß; eine Checklisten-Vorlage darf höchstens 10 MB groß sein. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB; a checklist template may be at most 10 MB. Nothing was imported.</source>
        <translation>%1 ist größer als 10 MB; eine Checklisten-Vorlage darf höchstens 10 MB groß sein. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no checklist to import. Nothing was imported.</source>
        <translation>%1 ist leer: es gibt keine Checkliste zu importieren. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is not a text file (binary data on line %2). Nothing was imported.</source>
        <translation>%1 ist keine Textdatei (Binärdaten in Zeile %2). Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text (line %2). Save it as UTF-8 and import it again. Nothing was imported.</source>
        <translation>%1 ist kein gültiger UTF-8-Text (Zeile %2). Speichern Sie die Datei als UTF-8 und importieren Sie sie erneut. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 holds no task items (lines such as &quot;- [ ] Backup verified&quot;), so it is not a checklist. Nothing was imported.</source>
        <translation>%1 enthält keine Aufgabenpunkte (Zeilen wie „- [ ] Backup geprüft“), ist also keine Checkliste. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Markdown checklist</source>
        <translation>Markdown-Checkliste</translation>
    </message>
</context>
<context>
    <name>TypedTime</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-TT HH:MM</translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 % since T0</source>
        <translation>%1 % seit T0</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>No services are watched on this desk.</source>
        <translation>An diesem Platz werden keine Dienste überwacht.</translation>
    </message>
    <message>
        <source>Wall — %1</source>
        <translation>Wandanzeige — %1</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Last hourly report</source>
        <translation>Letzter Stundenbericht</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <comment>date format: weekday, day, month and time</comment>
        <translation>ddd d. MMM HH:mm</translation>
    </message>
    <message>
        <source>T0 recorded %1</source>
        <translation>T0 erfasst %1</translation>
    </message>
    <message>
        <source>T0 planned %1</source>
        <translation>T0 geplant %1</translation>
    </message>
    <message>
        <source>T0 not set</source>
        <translation>T0 nicht gesetzt</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Jetzt %1</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>response OVERDUE by %1</source>
        <translation>Reaktion %1 ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>response due in %1</source>
        <translation>Reaktion fällig in %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Hour %1 · until %2</source>
        <translation>Stunde %1 · bis %2</translation>
    </message>
    <message>
        <source>System health: %1</source>
        <translation>Systemzustand: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tickets %1 · Executions %2 · Failures %3</source>
        <translation>Tickets %1 · Ausführungen %2 · Fehler %3</translation>
    </message>
    <message>
        <source>None confirmed yet</source>
        <translation>Noch keiner bestätigt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · Level %2 · open %3</source>
        <translation>%1 · Stufe %2 · offen %3</translation>
    </message>
</context>
<context>
    <name>golive</name>
    <message>
        <source>the command&apos;s arguments</source>
        <translation>die Argumente des Befehls</translation>
    </message>
    <message>
        <source>The operator&apos;s name recorded with each change.</source>
        <translation>Der Name des Bedieners, der mit jeder Änderung erfasst wird.</translation>
    </message>
    <message>
        <source>The operator&apos;s launch role, e.g. &quot;Platform Lead&quot;.</source>
        <translation>Die Launch-Rolle des Bedieners, z. B. „Platform Lead“.</translation>
    </message>
    <message>
        <source>tick/untick: also record this note on the item.</source>
        <translation>tick/untick: zusätzlich diese Notiz am Punkt erfassen.</translation>
    </message>
    <message>
        <source>import: go ahead even if ticked items leave the checklist.</source>
        <translation>import: fortfahren, auch wenn abgehakte Punkte die Checkliste verlassen.</translation>
    </message>
    <message>
        <source>The service catalogue (JSON) instead of the embedded one.</source>
        <translation>Der Dienstkatalog (JSON) statt des eingebetteten.</translation>
    </message>
    <message>
        <source>check, collect: print the results as JSON.</source>
        <translation>check, collect: die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>collect: start of the window, ISO 8601 (without an offset: local time; default until - 1 h).</source>
        <translation>collect: Beginn des Zeitfensters, ISO 8601 (ohne Offset: Ortszeit; Standard: until − 1 h).</translation>
    </message>
    <message>
        <source>collect: end of the window, ISO 8601 (default: now).</source>
        <translation>collect: Ende des Zeitfensters, ISO 8601 (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Record the change as made by a program (e.g. a CI job named by --as).</source>
        <translation>Die Änderung als von einem Programm vorgenommen erfassen (z. B. einem CI-Job, benannt mit --as).</translation>
    </message>
    <message>
        <source>Start the full application, quit with 0 after the window has painted once.</source>
        <translation>Die ganze Anwendung starten und mit 0 beenden, sobald das Fenster einmal gezeichnet wurde.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>ISO-TIME</source>
        <translation>ISO-ZEIT</translation>
    </message>
    <message>
        <source>export: markdown (default), json or trail; report: pdf (default) or html.</source>
        <translation>export: markdown (Standard), json oder trail; report: pdf (Standard) oder html.</translation>
    </message>
    <message>
        <source>export: write to FILE instead of standard output; report: the file to write.</source>
        <translation>export: in DATEI statt in die Standardausgabe schreiben; report: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>report: A4 (default) or Letter.</source>
        <translation>report: A4 (Standard) oder Letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>The store file (default: %1), or a team record on PostgreSQL: postgresql://user@host:port/dbname[?sslmode=verify-full&amp;keychain=NAME]. The password comes from PGPASSWORD, ~/.pgpass or the keychain, never from here.</source>
        <translation>Die Datenbankdatei (Standard: %1) oder ein Team-Protokoll auf PostgreSQL: postgresql://user@host:port/dbname[?sslmode=verify-full&amp;keychain=NAME]. Das Passwort kommt aus PGPASSWORD, ~/.pgpass oder dem Schlüsselbund, nie von hier.</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PFAD|URL</translation>
    </message>
    <message>
        <source>copy: the record to copy.</source>
        <translation>copy: das zu kopierende Protokoll.</translation>
    </message>
    <message>
        <source>copy: where to (empty or new).</source>
        <translation>copy: wohin (leer oder neu).</translation>
    </message>
    <message>
        <source>sync: only show what waits.</source>
        <translation>sync: nur zeigen, was wartet.</translation>
    </message>
    <message>
        <source>import, export, tick, untick, set, verify, …</source>
        <translation>import, export, tick, untick, set, verify, …</translation>
    </message>
    <message>
        <source>Go-Live Control: the go-live checklist with a tamper-evident audit trail.

Without a command, the desktop application starts. Commands:
  import FILE.md        load a checklist template (unchanged items keep their state)
  export                print the checklist with its state (--format markdown|json), or
                        the whole audit trail as JSON Lines (--format trail)
  tick ITEM             tick an item (id or unique text), optionally with --note
  untick ITEM           untick an item
  set ITEM FIELD VALUE  fill a blank of an item (FIELD: key such as f0, or its label;
                        VALUE as the window takes it: &quot;2.5&quot; or the desk&apos;s &quot;2,5&quot;, &quot;120 ms&quot;)
  verify                check the audit trail and print its head (SEQ:HASH); exit 3 and the
                        first bad event if broken, or if a head kept outside the record
                        (--expect-head SEQ:HASH, --anchors FILE) is no longer in it
  check                 probe every service once (--services FILE, --json); exit 0 all UP,
                        1 something DEGRADED, 2 something DOWN, 64 bad configuration
  monitor               probe the services, keep their history and record confirmed outages
                        until stopped (SIGTERM or Ctrl+C); no window needed
  t0                    show T0; t0 plan TIME / t0 record [TIME|now] set it (ISO 8601)
  collect               read the figures of every configured collector (n8n, FreeScout,
                        bConnect, PostgreSQL, Milvus) for --since/--until (default: the last
                        hour; --services FILE, --json); exit 0 all collected, 1 some failed,
                        64 bad configuration
  report --out FILE     the T+7 report as PDF (--page-size A4|Letter) or HTML (--format html):
                        summary, Day 7 statistics, criteria, hourly reports, incidents, uptime
                        and latency charts, completion, audit trail, signatures
  sync                  a team record (--db postgresql://…): show the changes this desk made
                        offline and share them in order (--list: only show)
  copy --from A --to B  copy a whole record, chain intact, between a store file and a team
                        record (postgresql://user@host:port/dbname); B must be empty

Exit codes: 0 done, 1 error, 2 usage error, 3 audit trail broken.</source>
        <translation>Go-Live Control: die Go-Live-Checkliste mit manipulationssicherem Prüfprotokoll.

Ohne Befehl startet die Desktop-Anwendung. Befehle:
  import DATEI.md       eine Checklisten-Vorlage laden (unveränderte Punkte behalten ihren Stand)
  export                die Checkliste mit ihrem Stand ausgeben (--format markdown|json) oder
                        das ganze Prüfprotokoll als JSON Lines (--format trail)
  tick PUNKT            einen Punkt abhaken (ID oder eindeutiger Text), optional mit --note
  untick PUNKT          den Haken eines Punkts entfernen
  set PUNKT FELD WERT   ein Feld eines Punkts ausfüllen (FELD: Schlüssel wie f0 oder seine Beschriftung;
                        WERT wie im Fenster: „2.5“ oder „2,5“ am deutschen Arbeitsplatz, „120 ms“)
  verify                Prüfprotokoll prüfen und seinen Kopf ausgeben (SEQ:HASH); Exit-Code 3 und
                        erstes fehlerhaftes Ereignis, wenn es gebrochen ist oder ein außerhalb
                        gehaltener Kopf (--expect-head SEQ:HASH, --anchors DATEI) fehlt
  check                 jeden Dienst einmal prüfen (--services DATEI, --json); Exit-Code 0 alle UP,
                        1 etwas DEGRADED, 2 etwas DOWN, 64 fehlerhafte Konfiguration
  monitor               die Dienste prüfen, ihren Verlauf speichern und bestätigte Ausfälle erfassen,
                        bis zum Beenden (SIGTERM oder Strg+C); kein Fenster nötig
  t0                    T0 anzeigen; t0 plan ZEIT / t0 record [ZEIT|now] setzt es (ISO 8601)
  collect               die Kennzahlen aller eingerichteten Kollektoren (n8n, FreeScout,
                        bConnect, PostgreSQL, Milvus) für --since/--until lesen (Standard: die
                        letzte Stunde; --services DATEI, --json); Exit-Code 0 alles gesammelt,
                        1 teilweise fehlgeschlagen, 64 fehlerhafte Konfiguration
  report --out DATEI    den T+7-Bericht als PDF (--page-size A4|Letter) oder HTML (--format html):
                        Zusammenfassung, Tag-7-Statistik, Kriterien, Stundenberichte, Störungen,
                        Verfügbarkeits-/Latenzdiagramme, Erledigung, Prüfprotokoll, Unterschriften
  sync                  ein Team-Protokoll (--db postgresql://…): die offline an diesem Arbeitsplatz
                        gemachten Änderungen zeigen und der Reihe nach teilen (--list: nur zeigen)
  copy --from A --to B  ein ganzes Protokoll mit intakter Kette kopieren, zwischen einer Datenbankdatei
                        und einem Team-Protokoll (postgresql://user@host:port/dbname); B muss leer sein

Exit-Codes: 0 erledigt, 1 Fehler, 2 Aufruffehler, 3 Prüfprotokoll gebrochen.</translation>
    </message>
    <message>
        <source>verify: the record must still hold this head (SEQ:HASH, as verify prints it); may be given more than once.</source>
        <translation>verify: diesen Kopf muss der Datensatz noch enthalten (SEQ:HASH, wie verify ihn ausgibt); mehrfach angebbar.</translation>
    </message>
    <message>
        <source>SEQ:HASH</source>
        <translation>SEQ:HASH</translation>
    </message>
    <message>
        <source>verify: a file of heads the record must still hold, one SEQ:HASH a line, # for comments.</source>
        <translation>verify: eine Datei mit Köpfen, die der Datensatz noch enthalten muss, ein SEQ:HASH je Zeile, # für Kommentare.</translation>
    </message>
</context>
</TS>
