#pragma once

// qcustomplot.h is written with Qt's keywords (signals, slots, emit, foreach), which the GUI
// turns off (QT_NO_KEYWORDS: LibTorch uses `slots` as an identifier). Include it through this
// header only, from files that do not include LibTorch.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
