# Modo inline: @bot 23501 em qualquer conversa.
inline-connect-button = 🔑 Conecte primeiro sua conta do painel
inline-error-title = ⚠️ Não foi possível verificar os pedidos
inline-no-orders-title = Ainda não há pedidos recentes
inline-no-orders-description = Digite um ID de pedido depois do meu nome, ex.: 23501
inline-no-orders-text = Digite IDs de pedidos depois do meu nome para compartilhar o status deles, ex.: @{ $bot } 23501 23502
inline-format-title = ℹ️ IDs de pedido são números
inline-format-description = Digite um ou mais IDs de pedido, ex.: 23501 23502
inline-format-text = ℹ️ IDs de pedido são números, ex.: @{ $bot } 23501 23502. Isto não é um ID de pedido: { $tokens }
inline-unknown-title = ❔ Pedido { $id } não encontrado
inline-unknown-description = O painel não reconhece este ID de pedido na sua conta.
inline-unknown-text = ❔ O painel não reconhece o pedido { $id }. Confira o número e tente de novo.
