/** Form support shared by the page controllers: keeping a rejected form's object on the page. */
@NullMarked
package com.steward.app.forms;

import org.jspecify.annotations.NullMarked;
