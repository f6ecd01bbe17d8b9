#pragma once

class QNetworkAccessManager;

// Settings every probe's QNetworkAccessManager shares: no cookies, no cache, no automatic
// proxy lookup per request (the system proxy is resolved once), HSTS off.
void prepareProbeNetwork(QNetworkAccessManager *manager);
