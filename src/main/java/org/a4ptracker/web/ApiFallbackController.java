package org.a4ptracker.web;

import jakarta.servlet.http.HttpServletRequest;
import org.a4ptracker.shared.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Unknown API paths answer a problem detail like unknown ids do, not an HTML page. Not an operation of the API description. */
@io.swagger.v3.oas.annotations.Hidden
@RestController
class ApiFallbackController {

    @RequestMapping("/api/v1/**")
    Object unknown(HttpServletRequest request) {
        throw new NotFoundException("Resource", request.getRequestURI());
    }
}
