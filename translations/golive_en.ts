<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditStatusLabel</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BConnectCollector</name>
    <message numerus="yes">
        <source>more than %n page(s): stopped, a count of the first %n would be partial (raise &quot;maxPages&quot; if this is expected)</source>
        <translation>
            <numerusform>more than %n page: stopped, a count of the first page would be partial (raise &quot;maxPages&quot; if this is expected)</numerusform>
            <numerusform>more than %n pages: stopped, a count of the first %n would be partial (raise &quot;maxPages&quot; if this is expected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n page read</numerusform>
            <numerusform>%n pages read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckRound</name>
    <message numerus="yes">
        <source> (%n attempts)</source>
        <translation>
            <numerusform> (%n attempt)</numerusform>
            <numerusform> (%n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistDesk</name>
    <message numerus="yes">
        <source>%1 would leave the checklist %n item(s) that are ticked, noted or filled in:
%3
Their history stays in the audit trail. Import with --force to go ahead.</source>
        <translation>
            <numerusform>%1 would leave the checklist %n item that is ticked, noted or filled in:
%3
Its history stays in the audit trail. Import with --force to go ahead.</numerusform>
            <numerusform>%1 would leave the checklist %n items that are ticked, noted or filled in:
%3
Their history stays in the audit trail. Import with --force to go ahead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message numerus="yes">
        <source>%1 of %n task(s) done (%p%) — %2</source>
        <translation>
            <numerusform>%1 of %n task done (%p%) — %2</numerusform>
            <numerusform>%1 of %n tasks done (%p%) — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistTreeModel</name>
    <message numerus="yes">
        <source>%1/%n step(s)</source>
        <translation>
            <numerusform>%1/%n step</numerusform>
            <numerusform>%1/%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list item(s)</source>
        <translation>
            <numerusform>%n list item</numerusform>
            <numerusform>%n list items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n items; name one by its id:
%2</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n item; name one by its id:
%2</numerusform>
            <numerusform>&quot;%1&quot; matches %n items; name one by its id:
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail of %1 is intact: %2, %n signature(s) checked against the content they cover.</source>
        <translation>
            <numerusform>Audit trail of %1 is intact: %2, %n signature checked against the content it covers.</numerusform>
            <numerusform>Audit trail of %1 is intact: %2, %n signatures checked against the content they cover.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n fields of &quot;%2&quot;; name one by its key:
%3</source>
        <translation>
            <numerusform>&quot;%1&quot; names %n field of &quot;%2&quot;; name one by its key:
%3</numerusform>
            <numerusform>&quot;%1&quot; names %n fields of &quot;%2&quot;; name one by its key:
%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) found in it with their hash.</source>
        <translation>
            <numerusform>%n anchor found in it with its hash.</numerusform>
            <numerusform>%n anchors found in it with their hash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaDesk</name>
    <message numerus="yes">
        <source>The record changed while the figures were being recorded, %n time(s) in a row; nothing was written. Record the figures again.</source>
        <translation>
            <numerusform>The record changed while the figures were being recorded; nothing was written. Record the figures again.</numerusform>
            <numerusform>The record changed while the figures were being recorded, %n times in a row; nothing was written. Record the figures again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message numerus="yes">
        <source>%1 already holds a launch record (%n event(s)); a record is only copied into an empty one. Nothing was changed.</source>
        <translation>
            <numerusform>%1 already holds a launch record (%n event); a record is only copied into an empty one. Nothing was changed.</numerusform>
            <numerusform>%1 already holds a launch record (%n events); a record is only copied into an empty one. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message numerus="yes">
        <source>%1 is part of what %2 signed. Changing it marks %n signature(s) invalidated, in the record and on the report; they must sign again.

Change it?</source>
        <translation>
            <numerusform>%1 is part of what %2 signed. Changing it marks %n signature invalidated, in the record and on the report; it must be given again.

Change it?</numerusform>
            <numerusform>%1 is part of what %2 signed. Changing it marks %n signatures invalidated, in the record and on the report; they must be given again.

Change it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message numerus="yes">
        <source>more than %n redirect(s) (a redirect loop?)</source>
        <translation>
            <numerusform>more than %n redirect (a redirect loop?)</numerusform>
            <numerusform>more than %n redirects (a redirect loop?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsDock</name>
    <message numerus="yes">
        <source>%1 and %n other service(s) are DOWN</source>
        <translation>
            <numerusform>%1 and %n other service are DOWN</numerusform>
            <numerusform>%1 and %n other services are DOWN</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n task(s). %1.

Items that did not change keep their ticks and values.</source>
        <translation>
            <numerusform>%n task. %1.

Items that did not change keep their ticks and values.</numerusform>
            <numerusform>%n tasks. %1.

Items that did not change keep their ticks and values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were reworded; Go-Live Control paired each with its old text (see Details). Their ticks, notes and values are carried over.</source>
        <translation>
            <numerusform>%n item was reworded; Go-Live Control paired it with its old text (see Details). Its ticks, notes and values are carried over.</numerusform>
            <numerusform>%n items were reworded; Go-Live Control paired each with its old text (see Details). Their ticks, notes and values are carried over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with ticks, notes or values are no longer in the new template. Their history stays in the audit trail.</source>
        <translation>
            <numerusform>%n item with ticks, notes or values is no longer in the new template. Its history stays in the audit trail.</numerusform>
            <numerusform>%n items with ticks, notes or values are no longer in the new template. Their history stays in the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n service(s) from %1</source>
        <translation>
            <numerusform>Watching %n service from %1</numerusform>
            <numerusform>Watching %n services from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing it marks %n signature(s) invalidated (%1), in the record and on the report; they must sign again.</source>
        <translation>
            <numerusform>Importing it marks %n signature invalidated (%1), in the record and on the report; it must be given again.</numerusform>
            <numerusform>Importing it marks %n signatures invalidated (%1), in the record and on the report; they must sign again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message numerus="yes">
        <source>monitoring %1 of %n service(s) from %2; record %3; stop with Ctrl+C or SIGTERM</source>
        <translation>
            <numerusform>monitoring %1 of %n service from %2; record %3; stop with Ctrl+C or SIGTERM</numerusform>
            <numerusform>monitoring %1 of %n services from %2; record %3; stop with Ctrl+C or SIGTERM</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>N8nCollectors</name>
    <message numerus="yes">
        <source>the server gave the same cursor again after %n page(s): the list does not end</source>
        <translation>
            <numerusform>the server gave the same cursor again after %n page: the list does not end</numerusform>
            <numerusform>the server gave the same cursor again after %n pages: the list does not end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n page(s): stopped, a count of the first %n would be partial (raise &quot;maxPages&quot; if this is expected)</source>
        <translation>
            <numerusform>more than %n page: stopped, a count of the first page would be partial (raise &quot;maxPages&quot; if this is expected)</numerusform>
            <numerusform>more than %n pages: stopped, a count of the first %n would be partial (raise &quot;maxPages&quot; if this is expected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n page read</numerusform>
            <numerusform>%n pages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished execution(s)</source>
        <translation>
            <numerusform>%n finished execution</numerusform>
            <numerusform>%n finished executions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenIncidentDialog</name>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n step)</numerusform>
            <numerusform>%1 (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%1 · %n rounds missed</source>
        <translation>
            <numerusform>%1 · %n round missed</numerusform>
            <numerusform>%1 · %n rounds missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since %1 · %n missed</source>
        <translation>
            <numerusform>since %1 · %n missed</numerusform>
            <numerusform>since %1 · %n missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordVerdict</name>
    <message numerus="yes">
        <source>%n event(s) name a head of the record that its chain does not hold</source>
        <translation>
            <numerusform>%n event names a head of the record that its chain does not hold</numerusform>
            <numerusform>%n events name a head of the record that its chain does not hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) do not match what they claim to cover</source>
        <translation>
            <numerusform>%n signature does not match what it claims to cover</numerusform>
            <numerusform>%n signatures do not match what they claim to cover</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsTableModel</name>
    <message numerus="yes">
        <source>Confirmed %1 UTC (event #%2); %n correction(s)</source>
        <translation>
            <numerusform>Confirmed %1 UTC (event #%2); %n correction</numerusform>
            <numerusform>Confirmed %1 UTC (event #%2); %n corrections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message numerus="yes">
        <source>First signature under this name: choose a personal passphrase (at least %n characters) and type it twice.</source>
        <translation>
            <numerusform>First signature under this name: choose a personal passphrase (at least %n character) and type it twice.</numerusform>
            <numerusform>First signature under this name: choose a personal passphrase (at least %n characters) and type it twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignedContent</name>
    <message numerus="yes">
        <source>Figures: %1 of %n blank(s) filled</source>
        <translation>
            <numerusform>Figures: %1 of %n blank filled</numerusform>
            <numerusform>Figures: %1 of %n blanks filled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>T7ReportDocument</name>
    <message numerus="yes">
        <source>%1 (program, %n event(s))</source>
        <translation>
            <numerusform>%1 (program, %n event)</numerusform>
            <numerusform>%1 (program, %n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n event(s))</source>
        <translation>
            <numerusform>%1 (%n event)</numerusform>
            <numerusform>%1 (%n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>INTACT: all %n event(s) of the launch record were verified (hash chain, each event&apos;s stored form, the checklist templates and the projection cache).</source>
        <translation>
            <numerusform>INTACT: the %n event of the launch record was verified (hash chain, its stored form, the checklist templates and the projection cache).</numerusform>
            <numerusform>INTACT: all %n events of the launch record were verified (hash chain, each event&apos;s stored form, the checklist templates and the projection cache).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist template(s)</source>
        <translation>
            <numerusform>%n checklist template</numerusform>
            <numerusform>%n checklist templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline wait to be shared with %1:</source>
        <translation>
            <numerusform>%n change made offline waits to be shared with %1:</numerusform>
            <numerusform>%n changes made offline wait to be shared with %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared %n change(s), each with the time it was made.</source>
        <translation>
            <numerusform>Shared %n change, with the time it was made.</numerusform>
            <numerusform>Shared %n changes, each with the time it was made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamRecordProbe</name>
    <message numerus="yes">
        <source>Reachable: the team record holds %n event(s).</source>
        <translation>
            <numerusform>Reachable: the team record holds %n event.</numerusform>
            <numerusform>Reachable: the team record holds %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamStatusLabel</name>
    <message numerus="yes">
        <source> — sharing %n change(s)…</source>
        <translation>
            <numerusform> — sharing %n change…</numerusform>
            <numerusform> — sharing %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet shared</source>
        <translation>
            <numerusform>%n change not yet shared</numerusform>
            <numerusform>%n changes not yet shared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
