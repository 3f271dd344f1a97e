import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { WebContext, WebRequest } from './web-context';

/** The page's WebContext (language, currency, session, cart), built by WebContextMiddleware. */
export const Web = createParamDecorator(
  (_data: unknown, context: ExecutionContext): WebContext => context.switchToHttp().getRequest<WebRequest>().web,
);

/** A controller of storefront pages: HTML, not part of the API's OpenAPI document. */
export const Pages = (): ClassDecorator => applyDecorators(ApiExcludeController());
