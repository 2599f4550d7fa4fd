# /services: каталог.
services-categories = 📚 <b>Услуги</b> · { $count } { $count ->
        [one] категория
        [few] категории
        [many] категорий
       *[other] категории
    }. Выберите категорию или найдите услугу: /services ТЕКСТ.
services-page = { $page }/{ $pages }
services-category-title = 📂 <b>{ $category }</b> · { $count } { $count ->
        [one] услуга
        [few] услуги
        [many] услуг
       *[other] услуги
    }
services-search-title = 🔎 Результаты по запросу «{ $query }»: { $count }
services-line = <b>{ $id }</b> · { $name }
    { $rate } · { $min }–{ $max }
services-rate = { $rate } за 1000
services-rate-package = { $rate } за пакет
services-card-title = 🛍 <b>{ $name }</b>
services-card-id = ID { $id } · { $category }
services-card-type = Тип: { $type }
services-card-rate = Цена: { $rate }
services-card-limits = Количество: { $min } – { $max }
services-card-limits-per-post = Количество на пост: { $min } – { $max }
services-card-flags = Рефилл: { $refill } · Отмена: { $cancel } · Капельная подача: { $dripfeed }
services-card-average-time = ⏱ Среднее время: { $time }
services-yes = ✅
services-no = ❌
services-button-order = 🛒 Заказать
services-button-categories = 📚 Все категории
services-search-none = По запросу «{ $query }» ничего не найдено. Попробуйте другое или более короткое слово или отправьте /services, чтобы открыть категории.
services-stale = ♻️ Список услуг изменился после этого сообщения. Вот актуальный список.
services-stale-alert = Список услуг изменился. Показываю актуальный.
services-not-found = Этой услуги больше нет в списке панели.
services-empty = Сейчас на панели нет ни одной услуги.
services-query-expired = Этот поиск устарел. Отправьте /services ТЕКСТ ещё раз.
