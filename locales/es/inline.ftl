# Modo inline: @bot 23501 en cualquier chat.
inline-connect-button = 🔑 Conecta primero tu cuenta del panel
inline-error-title = ⚠️ No se pudieron comprobar los pedidos
inline-no-orders-title = Todavía no hay pedidos recientes
inline-no-orders-description = Escribe un ID de pedido después de mi nombre, p. ej. 23501
inline-no-orders-text = Escribe IDs de pedido después de mi nombre para compartir su estado, p. ej. @{ $bot } 23501 23502
inline-format-title = ℹ️ Los ID de pedido son números
inline-format-description = Escribe uno o más IDs de pedido, p. ej. 23501 23502
inline-format-text = ℹ️ Los ID de pedido son números, p. ej. @{ $bot } 23501 23502. Esto no es un ID de pedido: { $tokens }
inline-unknown-title = ❔ Pedido { $id } no encontrado
inline-unknown-description = El panel no reconoce este ID de pedido en tu cuenta.
inline-unknown-text = ❔ El panel no reconoce el pedido { $id }. Revisa el número e inténtalo de nuevo.
