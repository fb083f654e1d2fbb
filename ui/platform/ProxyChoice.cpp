#include "ui/platform/ProxyChoice.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QUrl>

namespace sentiment::ui {

namespace {

// The system's proxy for `url` as an address libcurl takes; empty when it says "no proxy".
QString systemProxy(const QString& url) {
    const auto proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(QUrl(url)));
    for (const QNetworkProxy& p : proxies) {
        QString scheme;
        if (p.type() == QNetworkProxy::HttpProxy || p.type() == QNetworkProxy::HttpCachingProxy) {
            scheme = QStringLiteral("http");
        } else if (p.type() == QNetworkProxy::Socks5Proxy) {
            scheme = QStringLiteral("socks5h");
        } else {
            continue;  // NoProxy, DefaultProxy, FTP: none to name
        }
        QUrl address;
        address.setScheme(scheme);
        address.setHost(p.hostName());
        address.setPort(p.port());
        if (!p.user().isEmpty()) {
            address.setUserName(p.user());
            address.setPassword(p.password());
        }
        return address.toString(QUrl::FullyEncoded);
    }
    return {};
}

}  // namespace

std::optional<std::string> ProxyChoice::resolve(const QString& setting, const QString& url) {
    if (setting == QLatin1String("none")) return std::string();
    if (!setting.isEmpty()) return setting.trimmed().toStdString();
    const QString system = systemProxy(url);
    if (system.isEmpty()) return std::nullopt;  // libcurl still reads https_proxy / no_proxy
    return system.toStdString();
}

QString ProxyChoice::describe(const QString& setting, const std::optional<std::string>& resolved) {
    if (setting == QLatin1String("none"))
        return QCoreApplication::translate("sentiment::ui::ProxyChoice", "none");
    if (!resolved || resolved->empty()) {
        return QCoreApplication::translate("sentiment::ui::ProxyChoice", "none (system settings)");
    }
    QUrl shown(QString::fromStdString(*resolved));
    shown.setPassword(QString());
    if (!setting.isEmpty()) return shown.toString();
    return QCoreApplication::translate("sentiment::ui::ProxyChoice", "%1 (system settings)")
        .arg(shown.toString());
}

bool ProxyChoice::valid(const QString& setting) {
    if (setting.isEmpty() || setting == QLatin1String("none")) return true;
    const QUrl url(setting.trimmed(), QUrl::StrictMode);
    static const QStringList schemes{QStringLiteral("http"),   QStringLiteral("https"),
                                     QStringLiteral("socks4"), QStringLiteral("socks4a"),
                                     QStringLiteral("socks5"), QStringLiteral("socks5h")};
    return url.isValid() && schemes.contains(url.scheme()) && !url.host().isEmpty();
}

}  // namespace sentiment::ui
