<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditStatusLabel</name>
    <message>
        <location filename="../ui/AuditStatusLabel.cpp" line="13"/>
        <source>Audit trail: checking…</source>
        <translation>Prüfpfad: wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/AuditStatusLabel.cpp" line="21"/>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;✔ Audit trail intact&lt;/span&gt; (%1 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditStatusLabel.cpp" line="22"/>
        <source>Every event&apos;s SHA-256 chain was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditStatusLabel.cpp" line="25"/>
        <source> at event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditStatusLabel.cpp" line="26"/>
        <source>&lt;b style=&apos;color:#b71c1c&apos;&gt;✖ AUDIT TRAIL BROKEN%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../ui/checklist/ChecklistPanel.cpp" line="28"/>
        <source>All items</source>
        <translation>Alle Punkte</translation>
    </message>
    <message>
        <location filename="../ui/checklist/ChecklistPanel.cpp" line="29"/>
        <source>Open items</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <location filename="../ui/checklist/ChecklistPanel.cpp" line="30"/>
        <source>Done items</source>
        <translation>Erledigte Punkte</translation>
    </message>
    <message>
        <location filename="../ui/checklist/ChecklistPanel.cpp" line="32"/>
        <source>Search the checklist (Ctrl+F)</source>
        <translation>Checkliste durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/checklist/ChecklistPanel.cpp" line="121"/>
        <source>%1 of %2 tasks done (%p%) — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTreeModel</name>
    <message>
        <location filename="../models/itemmodels/ChecklistTreeModel.cpp" line="163"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ChecklistTreeModel.cpp" line="163"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ChecklistTreeModel.cpp" line="187"/>
        <source>%1/%2 steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandView</name>
    <message>
        <location filename="../ui/checklist/CommandView.cpp" line="19"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/checklist/CommandView.cpp" line="20"/>
        <source>Copy this command to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../ui/checklist/FieldEditor.cpp" line="22"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/checklist/FieldEditor.cpp" line="30"/>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <location filename="../ui/checklist/FieldEditor.cpp" line="31"/>
        <source>0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checklist/FieldEditor.cpp" line="32"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/checklist/FieldEditor.cpp" line="33"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checklist/FieldEditor.cpp" line="34"/>
        <source>YYYY-MM-DDTHH:MM:SSZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checklist/FieldEditor.cpp" line="44"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/checklist/FieldEditor.cpp" line="44"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../models/itemmodels/HistoryModel.cpp" line="77"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/HistoryModel.cpp" line="78"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/HistoryModel.cpp" line="79"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>ItemDetailsPane</name>
    <message>
        <location filename="../ui/checklist/ItemDetailsPane.cpp" line="30"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/checklist/ItemDetailsPane.cpp" line="32"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/checklist/ItemDetailsPane.cpp" line="34"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../ui/checklist/ItemDetailsPane.cpp" line="36"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../ui/checklist/ItemDetailsPane.cpp" line="38"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/checklist/ItemDetailsPane.cpp" line="40"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location filename="../ui/checklist/ItemDetailsPane.cpp" line="55"/>
        <source>What happened, who was called, what is pending… (Ctrl+Return saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checklist/ItemDetailsPane.cpp" line="86"/>
        <source>History of this item</source>
        <translation>Verlauf dieses Punkts</translation>
    </message>
    <message>
        <location filename="../ui/checklist/ItemDetailsPane.cpp" line="166"/>
        <source>Select an item of the checklist</source>
        <translation>Wählen Sie einen Punkt der Checkliste</translation>
    </message>
    <message>
        <location filename="../ui/checklist/ItemDetailsPane.cpp" line="167"/>
        <source>Space ticks the selected item, Ctrl+F searches, Ctrl+Z undoes your last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checklist/ItemDetailsPane.cpp" line="191"/>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="30"/>
        <source>Go-Live Control — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="40"/>
        <source>&lt;b&gt;Read-only store&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Audit trail broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>The audit trail of %1 was changed outside Go-Live Control.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>&amp;Import checklist template…</source>
        <translation>Checklisten-Vorlage &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>&amp;Verify audit trail</source>
        <translation>Prüfpfad &amp;verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>&amp;Operator…</source>
        <translation>&amp;Bediener…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>&amp;About Go-Live Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>About Go-Live Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>&lt;b&gt;Go-Live Control %1&lt;/b&gt;&lt;p&gt;The launch checklist with a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Operator: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Import checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>%1 is the checklist already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>changed: %1 → %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source> (its state stays with the old text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>removed: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source> (ticked or filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>%1 tasks. %2.

Items that did not change keep their ticks and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>%n item(s) with ticks, notes or values are no longer in the new template. Their history stays in the audit trail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>Export as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Could not write %1: %2. Any earlier file there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../ui/OperatorDialog.cpp" line="16"/>
        <source>Who is at this desk?</source>
        <translation>Wer sitzt an diesem Platz?</translation>
    </message>
    <message>
        <location filename="../ui/OperatorDialog.cpp" line="17"/>
        <source>Every tick, note and value you enter is signed in the audit trail with your name and launch role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OperatorDialog.cpp" line="24"/>
        <source>e.g. Dana Schulz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OperatorDialog.cpp" line="27"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/OperatorDialog.cpp" line="28"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/GuiApplication.cpp" line="52"/>
        <source>Go-Live Control cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>golive</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="43"/>
        <source>Go-Live Control: the go-live checklist with a tamper-evident audit trail.

Without a command, the desktop application starts. Commands:
  import FILE.md        load a checklist template (unchanged items keep their state)
  export                print the checklist with its state (--format markdown|json)
  tick ITEM             tick an item (id or unique text), optionally with --note
  untick ITEM           untick an item
  verify                check the audit trail; exit 3 and the first bad event if broken

Exit codes: 0 done, 1 error, 2 usage error, 3 audit trail broken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
