/// A request the server will not serve: answered with `status` and closed.
struct HTTPRefusal: Error {
    let status: HTTPStatus
    let message: String

    init(_ status: HTTPStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    var response: HTTPResponse {
        var response = HTTPResponse.plain(status, message)
        if status == .methodNotAllowed { response.headers.append(("Allow", "GET, HEAD")) }
        return response
    }
}
