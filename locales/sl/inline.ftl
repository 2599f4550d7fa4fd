# Vrstični način: @bot 23501 v katerem koli klepetu.
inline-connect-button = 🔑 Najprej povežite račun na panelu
inline-error-title = ⚠️ Naročil ni bilo mogoče preveriti
inline-no-orders-title = Še ni nedavnih naročil
inline-no-orders-description = Za mojim imenom vpišite ID naročila, npr. 23501
inline-no-orders-text = Za mojim imenom vpišite ID-je naročil in delite njihovo stanje, npr. @{ $bot } 23501 23502
inline-format-title = ℹ️ ID-ji naročil so številke
inline-format-description = Vpišite enega ali več ID-jev naročil, npr. 23501 23502
inline-format-text = ℹ️ ID-ji naročil so številke, npr. @{ $bot } 23501 23502. To ni ID naročila: { $tokens }
inline-unknown-title = ❔ Naročila { $id } ni mogoče najti
inline-unknown-description = Panel tega ID-ja naročila na vašem računu ne pozna.
inline-unknown-text = ❔ Panel naročila { $id } ne pozna. Preverite številko in poskusite znova.
