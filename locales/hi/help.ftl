# /help: generated from the command registry (each command's menu description, cmd-*), per chat kind.
help-intro = मैं ये काम कर सकता हूँ:
help-inline = इनलाइन मोड: किसी भी चैट में @{ $bot } 23501 लिखें, ऑर्डर का स्टेटस दिख जाएगा।
help-group-intro = इस ग्रुप में:
help-group-everyone = सभी सदस्य:
help-group-admins = सिर्फ़ ग्रुप एडमिन:
