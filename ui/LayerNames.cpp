#include "ui/LayerNames.h"

#include <QRegularExpression>

namespace sentiment::ui {

QString LayerNames::layer(const QString& english) {
    static const QRegularExpression recurrent(QStringLiteral("^(\\w+) layer (\\d+)(, (forward|backward))?$"));
    static const QRegularExpression convolution(QStringLiteral("^Convolution, width (\\d+)$"));
    if (const auto m = recurrent.match(english); m.hasMatch()) {
        const QString direction = m.captured(4) == QLatin1String("forward")    ? tr("forward")
                                  : m.captured(4) == QLatin1String("backward") ? tr("backward")
                                                                               : QString();
        return direction.isEmpty() ? tr("%1 layer %2").arg(m.captured(1), m.captured(2))
                                   : tr("%1 layer %2, %3").arg(m.captured(1), m.captured(2), direction);
    }
    if (const auto m = convolution.match(english); m.hasMatch()) return tr("Convolution, width %1").arg(m.captured(1));
    if (english == QLatin1String("Embedding")) return tr("Embedding");
    if (english == QLatin1String("Linear")) return tr("Linear");
    return english;
}

QString LayerNames::formula(const QString& english) {
    QString out = english;
    return out.replace(QLatin1String(" with "), tr(" with "));
}

}  // namespace sentiment::ui
