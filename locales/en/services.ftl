# /services: the catalogue.
services-categories = 📚 <b>Services</b> · { $count } { $count ->
        [one] category
       *[other] categories
    }. Choose one, or search with /services TEXT.
services-page = { $page }/{ $pages }
services-category-title = 📂 <b>{ $category }</b> · { $count } { $count ->
        [one] service
       *[other] services
    }
services-search-title = 🔎 Results for “{ $query }”: { $count }
services-line = <b>{ $id }</b> · { $name }
    { $rate } · { $min }–{ $max }
services-rate = { $rate } per 1000
services-rate-package = { $rate } per package
services-card-title = 🛍 <b>{ $name }</b>
services-card-id = ID { $id } · { $category }
services-card-type = Type: { $type }
services-card-rate = Price: { $rate }
services-card-limits = Quantity: { $min } – { $max }
services-card-limits-per-post = Quantity per post: { $min } – { $max }
services-card-flags = Refill: { $refill } · Cancel: { $cancel } · Drip-feed: { $dripfeed }
services-card-average-time = ⏱ Average time: { $time }
services-yes = ✅
services-no = ❌
services-button-order = 🛒 Order
services-button-categories = 📚 All categories
services-search-none = Nothing matches “{ $query }”. Try a shorter or different word, or send /services to browse the categories.
services-stale = ♻️ The services list has changed since that message. Here is the current list.
services-stale-alert = The services list has changed. Showing the current list.
services-not-found = This service is no longer in the panel's list.
services-empty = The panel lists no services right now.
services-query-expired = This search has expired. Send /services TEXT again.
