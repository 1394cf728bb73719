/** Lists that can grow past a screen: one paging idiom (a {@link com.steward.app.lists.Pager} and {@code fragments/pager}). */
@NullMarked
package com.steward.app.lists;

import org.jspecify.annotations.NullMarked;
